using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;
using MiniExcelLibs;

namespace Assessment.Files.Tests.Partners;

/// <summary>The council ASB case log: the synthetic sample, and every bad input as a small CSV or workbook.</summary>
public sealed class AsbCaseFileTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.DataSamples, "council-asb-cases-synthetic.csv");
    private const string Header = "case_reference,date_reported,category,ward_code,ward_name,lsoa_code,latitude,longitude,easting,northing,agency,status";
    private const string Good = "ASB-1,2025-03-14,Noise,E05010410,Westgate,,51.28,1.07,,,Council,Closed";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private AsbCaseExtract ReadCsv(params string[] lines) => AsbCaseFile.Read(folder.Write("cases.csv", string.Join('\n', [Header, .. lines]) + "\n"));

    [Fact]
    public void Read_SyntheticSample_LoadsEveryCaseWithoutRejects()
    {
        var extract = AsbCaseFile.Read(Sample);

        Assert.Empty(extract.Rejects);
        Assert.Equal(File.ReadLines(Sample).Count() - 1, extract.Cases.Count);
        Assert.Equal(extract.DataRows, extract.Cases.Count);
        // Aliases written in the log ("noise nuisance", "Fly tipping") are stored as the allowed value.
        Assert.All(extract.Cases, c => Assert.Contains(c.Category, AsbCaseVocabularies.Categories.Values));
        Assert.All(extract.Cases, c => Assert.Contains(c.Agency, AsbCaseVocabularies.Agencies.Values));
    }

    [Fact]
    public void Read_GoodRow_ReadsEveryColumn()
    {
        var c = Assert.Single(ReadCsv("ASB-9, 14/03/2025 ,fly tipping,e05010410,,E01024042,,,614367,157938,Canterbury City Council,In progress").Cases);

        Assert.Equal(("ASB-9", new YearMonth(2025, 3), (DateOnly?)new DateOnly(2025, 3, 14), "Fly-tipping"), (c.CaseReference, c.Month, c.ReportedOn, c.Category));
        Assert.Equal(("E05010410", (string?)null, "E01024042"), (c.WardCode, c.WardName, c.LsoaCode));
        Assert.Equal((614367.0, 157938.0), (c.Easting!.Value, c.Northing!.Value));
        Assert.Equal(("Council", "Open", 2L), (c.Agency, c.Status, c.SourceLine));
    }

    [Fact]
    public void Read_MonthOnlyDate_GivesTheMonthAndNoDay()
    {
        var c = Assert.Single(ReadCsv("ASB-9,2025-03,Graffiti,,Westgate,,,,,,Police,Closed").Cases);

        Assert.Equal((new YearMonth(2025, 3), (DateOnly?)null), (c.Month, c.ReportedOn));
    }

    [Theory]
    [InlineData("ASB-2,2025-13-01,Noise,,,,,,,,Council,Open", "date_reported", ExtractReject.UnknownPeriod)]
    [InlineData("ASB-2,yesterday,Noise,,,,,,,,Council,Open", "date_reported", ExtractReject.UnknownPeriod)]
    [InlineData("ASB-2,,Noise,,,,,,,,Council,Open", "date_reported", ExtractReject.Missing)]
    [InlineData("ASB-2,2025-03-01,Parking fines,,,,,,,,Council,Open", "category", ExtractReject.UnknownCategory)]
    [InlineData("ASB-2,2025-03-01,Noise,,,,,,,,Parish,Open", "agency", ExtractReject.UnknownCategory)]
    [InlineData("ASB-2,2025-03-01,Noise,,,,,,,,Council,Maybe", "status", ExtractReject.UnknownCategory)]
    [InlineData("ASB-2,2025-03-01,[c],,,,,,,,Council,Open", "category", ExtractReject.Missing)]
    [InlineData("*,2025-03-01,Noise,,,,,,,,Council,Open", "case_reference", ExtractReject.Missing)]
    [InlineData("ASB-2,2025-03-01,Noise,W99,,,,,,,Council,Open", "ward_code", ExtractReject.OutOfRange)]
    [InlineData("ASB-2,2025-03-01,Noise,,,E0102404,,,,,Council,Open", "lsoa_code", ExtractReject.OutOfRange)]
    [InlineData("ASB-2,2025-03-01,Noise,,,,north,1.07,,,Council,Open", "latitude", ExtractReject.NotNumeric)]
    [InlineData("ASB-2,2025-03-01,Noise,,,,40.1,1.07,,,Council,Open", "latitude", ExtractReject.OutOfRange)]
    [InlineData("ASB-2,2025-03-01,Noise,,,,51.2,,,,Council,Open", "longitude", ExtractReject.OutOfRange)]
    [InlineData("ASB-2,2025-03-01,Noise,,,,,,-614367,157938,Council,Open", "easting", ExtractReject.Negative)]
    [InlineData("ASB-1,2025-03-02,Graffiti,,,,,,,,Council,Open", "case_reference", ExtractReject.DuplicateKey)]
    public void Read_BadRow_IsRejectedWithFileLineColumnAndReason(string line, string column, string errorType)
    {
        var extract = ReadCsv(Good, line);

        Assert.Equal("ASB-1", Assert.Single(extract.Cases).CaseReference);
        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((3L, column, errorType), (reject.Row, reject.Column!, reject.ErrorType));
        Assert.EndsWith("cases.csv", reject.File);
        Assert.Contains($"line 3, column {column}", reject.Location);
    }

    [Fact]
    public void Read_UnknownCategory_ListsTheAllowedValues()
    {
        var reject = Assert.Single(ReadCsv("ASB-2,2025-03-01,Parking fines,,,,,,,,Council,Open").Rejects);

        Assert.Contains("\"Parking fines\"", reject.Reason);
        Assert.Contains("Noise, Neighbour dispute", reject.Reason);
    }

    [Fact]
    public void Read_DuplicatedCase_NamesTheFirstLine()
    {
        var reject = Assert.Single(ReadCsv(Good, "asb-1,2025-03-02,Graffiti,,,,,,,,Council,Open").Rejects);

        Assert.Contains("already on line 2", reject.Reason);
    }

    [Fact]
    public void Read_SuppressedOptionalValues_AreMissingNotZero()
    {
        var c = Assert.Single(ReadCsv("ASB-2,2025-03-01,Noise,..,[x],:,*,*,,,Council,Open").Cases);

        Assert.Equal(((string?)null, (string?)null, (string?)null, (double?)null, (double?)null), (c.WardCode, c.WardName, c.LsoaCode, c.Latitude, c.Longitude));
    }

    [Fact]
    public void Read_MissingRequiredColumn_NamesTheFileAndTheColumn()
    {
        var path = folder.Write("cases.csv", "case_reference,date_reported,ward_code,agency,status\nASB-1,2025-03-01,E05010410,Council,Open\n");

        var error = Assert.Throws<ConfigurationException>(() => AsbCaseFile.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("missing: \"category\"", error.Message);
    }

    [Fact]
    public void Read_WorkbookWithATitleRowAndDateCells_FindsTheHeaderAndReadsTheDates()
    {
        var path = Path.Combine(folder.Path, "cases.xlsx");
        var rows = new List<Dictionary<string, object?>>
        {
            Row("Canterbury City Council: ASB cases, 2025", null, null, null, null),
            Row("case_reference", "date_reported", "category", "agency", "status"),
            Row("ASB-1", new DateTime(2025, 3, 14), "Graffiti", "Council", "Closed"),
            Row("ASB-2", "2025-04", "Noise", "Housing association", "Open"),
        };
        MiniExcel.SaveAs(path, rows, printHeader: false, sheetName: AsbCaseFile.Sheet);

        var extract = AsbCaseFile.Read(path);

        Assert.Empty(extract.Rejects);
        Assert.Equal([(3L, (DateOnly?)new DateOnly(2025, 3, 14)), (4L, null)], extract.Cases.Select(c => (c.SourceLine, c.ReportedOn)));
        Assert.Equal(AsbCaseFile.Sheet, AsbCaseFile.SheetOf(path));
    }

    private static Dictionary<string, object?> Row(params object?[] cells) =>
        cells.Select((c, i) => (Key: ((char)('A' + i)).ToString(), c)).ToDictionary(p => p.Key, p => p.c);
}
