using System.Globalization;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;
using MiniExcelLibs;

namespace Assessment.Files.Tests.Partners;

/// <summary>Proven-reoffending extracts: the synthetic sample, an xlsx with a title row, and every bad input as a small CSV.</summary>
public sealed class ReoffendingFileTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.DataSamples, "reoffending-synthetic.csv");
    private const string Header = "Cohort period,Area code,Area name,Area type,Offender type,Number of offenders in the measurable cohort,Number of reoffenders,Number of reoffences,Proportion of offenders who reoffend (%)";
    private const string Good = "Jan 2022 to Mar 2022,E07000106,Canterbury,Local authority,Adult,134,46,150,34.3";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private ReoffendingExtract ReadCsv(params string[] lines) => ReoffendingFile.Read(folder.Write("reoffending.csv", string.Join("\n", lines) + "\n"));

    [Fact]
    public void Read_SyntheticSample_LoadsEveryRowWithoutRejects()
    {
        var lines = File.ReadAllLines(Sample).Skip(1).ToList();

        var extract = ReoffendingFile.Read(Sample);

        Assert.Empty(extract.Rejects);
        Assert.Equal(lines.Count, extract.Records.Count);
        // Expected values come from the file's text, split independently of the reader.
        var first = lines[0].Split(',');
        var record = extract.Records[0];
        Assert.Equal((first[0], first[1], long.Parse(first[5], CultureInfo.InvariantCulture), long.Parse(first[6], CultureInfo.InvariantCulture)),
            (record.Period, record.AreaCode, record.Offenders!.Value, record.Reoffenders!.Value));
        Assert.Equal((new DateOnly(2020, 4, 1), 3), (record.PeriodStart, record.PeriodMonths));
        Assert.Equal([ReoffendingAreaType.LocalAuthority, ReoffendingAreaType.County, ReoffendingAreaType.EnglandAndWales],
            extract.Records.Select(r => r.AreaType).Distinct().Order());
    }

    [Fact]
    public void Read_SyntheticSample_SuppressedJuvenileQuarterIsMissingNotZero()
    {
        var suppressed = ReoffendingFile.Read(Sample).Records.Single(r => r.Reoffenders is null);

        Assert.Equal(("Oct 2021 to Dec 2021", ReoffendingOffenderType.Juvenile), (suppressed.Period, suppressed.OffenderType));
        Assert.NotNull(suppressed.Offenders);
        Assert.Null(suppressed.Reoffences);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("[c]")]
    [InlineData("[x]")]
    [InlineData(":")]
    [InlineData("..")]
    public void Read_SuppressedMarkers_AreMissingAndTheRowIsKept(string marker)
    {
        var extract = ReadCsv(Header, $"Jan 2022 to Mar 2022,E07000106,Canterbury,Local authority,Juvenile,12,{marker},{marker},{marker}");

        Assert.Empty(extract.Rejects);
        var record = Assert.Single(extract.Records);
        Assert.Equal((12L, (long?)null, (long?)null), (record.Offenders, record.Reoffenders, record.Reoffences));
    }

    [Fact]
    public void Read_MissingColumn_NamesTheFileAndTheColumns()
    {
        var path = folder.Write("reoffending.csv", "Cohort period,Area code,Number of offenders in the measurable cohort\nJan 2022 to Mar 2022,E07000106,134\n");

        var error = Assert.Throws<ConfigurationException>(() => ReoffendingFile.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("Number of reoffenders", error.Message);
    }

    [Fact]
    public void Read_WrongType_IsRejectedWithLineAndColumn()
    {
        var extract = ReadCsv(Header, Good, "Jan 2022 to Mar 2022,E07000106,Canterbury,Local authority,Juvenile,twelve,3,9,25.0");

        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((3L, "Number of offenders in the measurable cohort", ExtractReject.NotNumeric), (reject.Row, reject.Column, reject.ErrorType));
        Assert.Contains("reoffending.csv, line 3", reject.Location);
        Assert.Single(extract.Records);
    }

    [Fact]
    public void Read_FractionalCount_IsRejected()
    {
        var extract = ReadCsv(Header, "Jan 2022 to Mar 2022,E07000106,Canterbury,Local authority,Adult,134.5,46,150,");

        Assert.Equal(ExtractReject.NotNumeric, Assert.Single(extract.Rejects).ErrorType);
    }

    [Theory]
    [InlineData("Youth", "Local authority", "Offender type")]
    [InlineData("Adult", "Region", "Area type")]
    public void Read_UnknownCategory_IsRejected(string offender, string areaType, string column)
    {
        var extract = ReadCsv(Header, $"Jan 2022 to Mar 2022,E07000106,Canterbury,{areaType},{offender},134,46,150,34.3");

        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((column, ExtractReject.UnknownCategory), (reject.Column, reject.ErrorType));
        Assert.Empty(extract.Records);
    }

    [Theory]
    [InlineData("2022 Q1")]
    [InlineData("Mar 2022 to Jan 2022")]
    [InlineData("Jan 2022 to Mar 2023")]
    public void Read_UnreadablePeriod_IsRejected(string period)
    {
        var extract = ReadCsv(Header, $"{period},E07000106,Canterbury,Local authority,Adult,134,46,150,34.3");

        Assert.Equal(ExtractReject.UnknownPeriod, Assert.Single(extract.Rejects).ErrorType);
    }

    [Fact]
    public void Read_DuplicatedPeriod_KeepsTheFirstAndRejectsTheSecond()
    {
        var extract = ReadCsv(Header, Good, "Jan 2022 to Mar 2022,E07000106,Canterbury,Local authority,Adult,130,40,120,30.8");

        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((3L, ExtractReject.DuplicatePeriod), (reject.Row, reject.ErrorType));
        Assert.Contains("line 2", reject.Reason);
        Assert.Equal(134, Assert.Single(extract.Records).Offenders);
    }

    [Fact]
    public void Read_NegativeCount_IsRejected()
    {
        var extract = ReadCsv(Header, "Jan 2022 to Mar 2022,E07000106,Canterbury,Local authority,Adult,134,-4,150,");

        var reject = Assert.Single(extract.Rejects);
        Assert.Equal(("Number of reoffenders", ExtractReject.Negative), (reject.Column, reject.ErrorType));
    }

    [Fact]
    public void Read_MoreReoffendersThanOffenders_IsRejected()
    {
        var extract = ReadCsv(Header, "Jan 2022 to Mar 2022,E07000106,Canterbury,Local authority,Adult,40,46,150,");

        var reject = Assert.Single(extract.Rejects);
        Assert.Equal(("Number of reoffenders", ExtractReject.Inconsistent), (reject.Column, reject.ErrorType));
    }

    [Fact]
    public void Read_PublishedProportionThatDisagreesWithTheCounts_IsRejected()
    {
        var extract = ReadCsv(Header, "Jan 2022 to Mar 2022,E07000106,Canterbury,Local authority,Adult,134,46,150,43.3");

        var reject = Assert.Single(extract.Rejects);
        Assert.Equal(("Proportion of offenders who reoffend (%)", ExtractReject.Inconsistent), (reject.Column, reject.ErrorType));
    }

    [Fact]
    public void Read_EmptyAreaCode_IsRejected()
    {
        var extract = ReadCsv(Header, "Jan 2022 to Mar 2022,,Canterbury,Local authority,Adult,134,46,150,34.3");

        Assert.Equal(ExtractReject.Missing, Assert.Single(extract.Rejects).ErrorType);
    }

    [Fact]
    public void Read_TitleRowsHeaderLineBreaksAndAliases_ReadByName()
    {
        // MoJ headers carry line breaks; without area or offender type columns they come from the code and default to All.
        var extract = ReadCsv(
            "Proven reoffending by local authority",
            "",
            "\"Number of reoffenders\",Local authority code,\"Number of offenders in the\r\nmeasurable cohort\",Cohort",
            "46,E07000106,134,Jan 2022 to Mar 2022",
            "2500,K04000001,10000,Jan 2022 to Mar 2022",
            "600,E10000016,2400,Jan 2022 to Mar 2022");

        Assert.Empty(extract.Rejects);
        Assert.Equal([ReoffendingAreaType.LocalAuthority, ReoffendingAreaType.EnglandAndWales, ReoffendingAreaType.County], extract.Records.Select(r => r.AreaType));
        Assert.All(extract.Records, r => Assert.Equal(ReoffendingOffenderType.All, r.OffenderType));
        Assert.Equal((134L, 46L), (extract.Records[0].Offenders!.Value, extract.Records[0].Reoffenders!.Value));
    }

    [Fact]
    public void Read_WorkbookWithATitleRow_ReadsTheSheetAndNamesRowsAsExcelDoes()
    {
        var path = folder.Combine("reoffending.xlsx");
        var cells = Header.Split(',');
        var rows = new List<Dictionary<string, object>>
        {
            new() { ["A"] = "Proven reoffending, synthetic test workbook" },
            cells.Select((c, i) => (c, i)).ToDictionary(x => ((char)('A' + x.i)).ToString(), x => (object)x.c),
            Good.Split(',').Select((c, i) => (c, i)).ToDictionary(x => ((char)('A' + x.i)).ToString(), x => (object)x.c),
        };
        MiniExcel.SaveAs(path, rows.Select(r => cells.Select((_, i) => ((char)('A' + i)).ToString()).ToDictionary(k => k, k => r.GetValueOrDefault(k) ?? "")), printHeader: false, sheetName: "Data");

        var extract = ReoffendingFile.Read(path);

        Assert.Equal("Data", ReoffendingFile.SheetOf(path));
        Assert.Empty(extract.Rejects);
        var record = Assert.Single(extract.Records);
        Assert.Equal((3L, 134L), (record.SourceRow, record.Offenders!.Value));
    }

    [Fact]
    public void Read_EveryRejectedRowIsAccountedFor()
    {
        var extract = ReadCsv(Header, Good, "bad,E07000106,Canterbury,Local authority,Youth,x,1,1,", "Apr 2022 to Jun 2022,E07000106,Canterbury,Local authority,Adult,120,30,90,25.0");

        Assert.Equal(3, extract.DataRows);
        Assert.Equal(extract.DataRows, extract.Records.Count + extract.Rejects.Select(r => r.Row).Distinct().Count());
        Assert.Equal(3, extract.Rejects.Count);
    }
}
