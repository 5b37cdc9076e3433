using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;

namespace Assessment.Files.Tests.Partners;

/// <summary>One Fingertips loader for the genuine 26-column export and the tidy 91414 extract, and every bad input.</summary>
public sealed class FingertipsFileTests : IDisposable
{
    private static readonly string Export = Path.Combine(RepositoryPaths.SharedData, "partners", "fingertips-export-sample", "indicators-CountyUA.data.csv");
    private static readonly string Admissions = Path.Combine(RepositoryPaths.SharedData, "partners", "alcohol-related-admissions", "alcohol_related_admissions.csv");
    private const string TidyHeader = "area_code,area_name,period,value,indicator,measure,unit,significance";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_GenuineExport_LoadsEveryRecordAndKeepsCategoryRowsApart()
    {
        var extract = FingertipsFile.Read(Export);

        // PROVENANCE.md: 852 records; 60 of them are deprivation-decile category rows.
        Assert.Empty(extract.Rejects);
        Assert.Equal(852, extract.DataRows);
        Assert.Equal(852, extract.Records.Count);
        Assert.Equal(60, extract.Records.Count(r => !r.IsAreaRow));
        Assert.All(extract.Records.Where(r => !r.IsAreaRow), r => Assert.Contains("deprivation deciles in England (IMD2015)", r.CategoryType, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_GenuineExport_IndicatorNameWithEmbeddedNewlineIsOneRecordStartingOnItsLine()
    {
        var records = FingertipsFile.Read(Export).Records;

        Assert.All(records, r => Assert.Equal("Campylobacter incidence rate/100,000", r.IndicatorName));
        // Each record spans two physical lines (the LF inside the quoted name), so record k starts on line 2k.
        Assert.Equal(2, records[0].SourceLine);
        Assert.Equal(4, records[1].SourceLine);
        Assert.Equal(2L * 852, records[^1].SourceLine);
    }

    [Fact]
    public void Read_GenuineExport_Kent2015MatchesTheExport()
    {
        var kent = FingertipsFile.Read(Export).Records.Single(r => r.AreaCode == "E10000016" && r.Period == "2015" && r.Age == "All ages");

        Assert.Equal("Kent", kent.AreaName);
        Assert.Equal("93356", kent.IndicatorId);
        Assert.Equal(107.82, kent.Value!.Value, 2);
        Assert.Equal(102.67, kent.LowerCi95!.Value, 2);
        Assert.Equal(113.16, kent.UpperCi95!.Value, 2);
        Assert.Equal(1644, kent.Count);
        Assert.Equal(1524719, kent.Denominator);
        Assert.Equal("Worse", kent.ComparedToEngland);
        Assert.Equal(20150000, kent.PeriodSortable);
        Assert.True(kent.IsAreaRow);
    }

    [Fact]
    public void Read_GenuineExport_EmptyConfidenceLimitsAreMissingNotZero()
    {
        var records = FingertipsFile.Read(Export).Records;

        // 97 records publish no 95% limits (PROVENANCE.md: empty CIs); none may read as 0.
        Assert.Equal(97, records.Count(r => r.LowerCi95 is null));
        Assert.DoesNotContain(records, r => r.LowerCi95 == 0 || r.UpperCi95 == 0);
        Assert.Equal(10, records.Count(r => r.Value is null));
    }

    [Fact]
    public void Read_TidyAdmissions_LoadsEveryRowAndCanterburysTenYears()
    {
        var extract = FingertipsFile.Read(Admissions);

        Assert.Empty(extract.Rejects);
        Assert.Equal(3280, extract.Records.Count);
        var canterbury = extract.Records.Where(r => r.AreaCode == "E07000106").ToList();
        Assert.Equal(["2008/09", "2009/10", "2010/11", "2011/12", "2012/13", "2013/14", "2014/15", "2015/16", "2016/17", "2017/18"], canterbury.Select(r => r.Period));
        Assert.Equal([673.0, 736, 730, 650, 680, 667, 682, 677, 551, 462], canterbury.Select(r => r.Value!.Value));
        Assert.All(canterbury, r => Assert.Equal("Alcohol related admissions (narrow measure)", r.IndicatorName));
        Assert.All(canterbury, r => Assert.Equal("Standardised rate per 100,000", r.Measure));
        Assert.Equal("Better", canterbury[^1].ComparedToEngland);
    }

    [Fact]
    public void Read_TidyAdmissions_NaIsMissingNeverZero()
    {
        var records = FingertipsFile.Read(Admissions).Records;

        // City of London and Isles of Scilly: "NA" in every year (27 rows in all).
        Assert.Equal(27, records.Count(r => r.Value is null));
        Assert.All(records.Where(r => r.AreaName == "Isles of Scilly"), r => Assert.Null(r.Value));
        Assert.DoesNotContain(records, r => r.Value == 0);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("[c]")]
    [InlineData("[x]")]
    [InlineData(":")]
    [InlineData("..")]
    [InlineData("NA")]
    [InlineData("")]
    public void Read_SuppressedValue_IsMissing(string marker)
    {
        var path = folder.Write("s.csv", $"{TidyHeader}\nE07000106,Canterbury,2017/18,{marker},Alcohol,Rate,Persons,Not compared\n");

        var record = Assert.Single(FingertipsFile.Read(path).Records);

        Assert.Null(record.Value);
    }

    [Fact]
    public void Read_MissingValueColumn_RefusesTheFileNamingTheColumn()
    {
        var path = folder.Write("m.csv", "area_code,area_name,period,indicator\nE07000106,Canterbury,2017/18,Alcohol\n");

        var error = Assert.Throws<ConfigurationException>(() => FingertipsFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("no \"Value\" column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongTypeAndNegative_AreRejectedWithLineAndColumn()
    {
        var path = folder.Write("w.csv", $"{TidyHeader}\nE07000106,Canterbury,2016/17,about 500,Alcohol,Rate,Persons,Similar\nE07000106,Canterbury,2017/18,-4,Alcohol,Rate,Persons,Similar\nE07000107,Dartford,2017/18,600,Alcohol,Rate,Persons,Similar\n");

        var extract = FingertipsFile.Read(path);

        Assert.Equal(3, extract.DataRows);
        Assert.Equal("E07000107", Assert.Single(extract.Records).AreaCode);
        Assert.Collection(extract.Rejects,
            r => Assert.Equal((2L, "value", ExtractReject.NotNumeric), (r.Row, r.Column, r.ErrorType)),
            r => Assert.Equal((3L, "value", ExtractReject.Negative), (r.Row, r.Column, r.ErrorType)));
        Assert.Contains("about 500", extract.Rejects[0].Reason, StringComparison.Ordinal);
        Assert.Equal($"{path}, line 2, column value", extract.Rejects[0].Location);
    }

    [Fact]
    public void Read_DuplicatedPeriod_KeepsTheFirstAndRejectsTheSecond()
    {
        var path = folder.Write("d.csv", $"{TidyHeader}\nE07000106,Canterbury,2017/18,462,Alcohol,Rate,Persons,Better\nE07000106,Canterbury,2017/18,470,Alcohol,Rate,Persons,Better\n");

        var extract = FingertipsFile.Read(path);

        Assert.Equal(462, Assert.Single(extract.Records).Value);
        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((3L, ExtractReject.DuplicatePeriod), (reject.Row, reject.ErrorType));
        Assert.Contains("line 2", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyAreaCodeOrPeriod_IsRejected()
    {
        var path = folder.Write("e.csv", $"{TidyHeader}\n,Canterbury,2017/18,462,Alcohol,Rate,Persons,Better\nE07000106,Canterbury,,462,Alcohol,Rate,Persons,Better\n");

        var extract = FingertipsFile.Read(path);

        Assert.Empty(extract.Records);
        Assert.Equal([ExtractReject.Missing, ExtractReject.UnknownPeriod], extract.Rejects.Select(r => r.ErrorType));
    }

    [Fact]
    public void Read_ExportLayoutWithEmbeddedNewlineAndCrlf_ReadsByNameInAnyColumnOrder()
    {
        // Columns reordered against the published export, a quoted name with a bare LF, CRLF records, empty CIs.
        var path = folder.Write("x.csv",
            "Area Code,Time period,Value,Indicator Name,Indicator ID,Lower CI 95.0 limit,Upper CI 95.0 limit,Category Type,Count\r\n"
            + "E07000106,2019/20,\"512.5\",\"Admission episodes for alcohol-related conditions (Narrow)\n\",91414,,,,801\r\n"
            + "E07000106,2019/20,300,\"Admission episodes for alcohol-related conditions (Narrow)\n\",91414,280,320,Deprivation decile,12\r\n");

        var extract = FingertipsFile.Read(path);

        Assert.Empty(extract.Rejects);
        Assert.Equal(2, extract.Records.Count);
        var area = extract.Records[0];
        Assert.Equal(("Admission episodes for alcohol-related conditions (Narrow)", "91414", 512.5, 801.0), (area.IndicatorName, area.IndicatorId, area.Value!.Value, area.Count!.Value));
        Assert.Null(area.LowerCi95);
        Assert.True(area.IsAreaRow);
        Assert.False(extract.Records[1].IsAreaRow);
        Assert.Equal(4, extract.Records[1].SourceLine);
    }

    [Fact]
    public void Read_LowerLimitAboveUpper_IsRejected()
    {
        var path = folder.Write("ci.csv", "Area Code,Time period,Value,Indicator Name,Lower CI 95.0 limit,Upper CI 95.0 limit\nE07000106,2019,10,X,12,9\n");

        var reject = Assert.Single(FingertipsFile.Read(path).Rejects);

        Assert.Equal((ExtractReject.Inconsistent, "Lower CI 95.0 limit"), (reject.ErrorType, reject.Column));
    }
}
