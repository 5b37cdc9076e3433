using System.IO.Compression;
using System.Xml.Linq;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;

namespace Assessment.Files.Tests.Partners;

/// <summary>DEFRA's fly-tipping table: the real workbook and CSV, and every bad input as a small CSV.</summary>
public sealed class FlyTippingFileTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.SharedData, "partners", "defra-flytipping");
    private static readonly string Workbook = Path.Combine(Folder, "Flytipping.xlsx");
    private static readonly string Csv = Path.Combine(Folder, "interim.csv");
    private const string Header = "Year,ONS Code,LA Name,Region,Total Incidents,Mid population estimates ,Reporting basis";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_RealWorkbook_LoadsEveryDataRowWithoutRejects()
    {
        var extract = FlyTippingFile.Read(Workbook);

        Assert.Empty(extract.Rejects);
        Assert.Equal(WorkbookDataRows(Workbook, FlyTippingFile.Sheet), extract.Records.Count);
        Assert.Equal(extract.DataRows, extract.Records.Count);
    }

    [Fact]
    public void Read_RealWorkbook_CanterburyTotalsMatchTheCsvText()
    {
        // The expected figures are read from the CSV's text, independently of the reader.
        var expected = File.ReadLines(Csv).Where(l => l.Split(',')[1] == "E07000106")
            .ToDictionary(l => l.Split(',')[0], l => double.Parse(l.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture));

        var canterbury = FlyTippingFile.Read(Workbook).Records.Where(r => r.OnsCode == "E07000106").ToList();

        Assert.Equal(10, expected.Count);
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, (double?)e.Value)), canterbury.OrderBy(r => r.Year).Select(r => (r.Year, r.TotalIncidents)));
        Assert.All(canterbury, r => Assert.Equal("Canterbury", r.Name));
        Assert.All(canterbury, r => Assert.Equal(FlyTippingRowKind.LocalAuthority, r.Kind));
    }

    [Fact]
    public void Read_RealWorkbook_KeepsEnglandTotalsAndCensusBasedPopulation()
    {
        var records = FlyTippingFile.Read(Workbook).Records;

        var england = records.Where(r => r.Kind == FlyTippingRowKind.EnglandTotal).Select(r => r.Year).ToList();
        Assert.Contains("2021-22", england);
        Assert.DoesNotContain(records, r => r.Kind == FlyTippingRowKind.LocalAuthority && r.OnsCode == "E00000000");
        Assert.Equal(156554, records.Single(r => r.OnsCode == "E07000106" && r.Year == "2021-22").MidYearPopulation);
        // Nottingham 2012-13 is ":" throughout: missing, not zero.
        Assert.Null(records.Single(r => r.OnsCode == "E06000018" && r.Year == "2012-13").TotalIncidents);
    }

    [Fact]
    public void Read_RealWorkbook_LoadsEveryActionsRowAndTheMetadataNotes()
    {
        var extract = FlyTippingFile.Read(Workbook);

        Assert.Equal(WorkbookDataRows(Workbook, FlyTippingFile.ActionsSheet), extract.Actions.Count);
        Assert.Equal(extract.ActionDataRows, extract.Actions.Count);
        // Canterbury 2021-22 as the sheet gives it: 129 actions, 62 investigations, 33 fixed penalty notices.
        var canterbury = extract.Actions.Single(a => a.OnsCode == "E07000106" && a.Year == "2021-22").Actions.ToDictionary();
        Assert.Equal((129.0, 62.0, 33.0), (canterbury[FlyTippingActionTypes.Total]!.Value, canterbury["Investigations"]!.Value, canterbury["Fixed penalty notices"]!.Value));
        Assert.Equal(FlyTippingActionTypes.Names, canterbury.Keys);
        Assert.Contains(extract.Notes, n => n.Contains("reporting basis has also been updated", StringComparison.Ordinal) && n.Contains("Canterbury", StringComparison.Ordinal));
        Assert.Equal("All incidents", extract.Records.Single(r => r.OnsCode == "E07000106" && r.Year == "2019-20").ReportingBasis);
        Assert.Null(extract.Records.Single(r => r.OnsCode == "E07000106" && r.Year == "2018-19").ReportingBasis);
    }

    [Fact]
    public void ParseActions_BadRows_AreRejectedNamingTheSheetRowAndColumn()
    {
        SheetRow Row(long n, params string[] cells) => new(n, cells);
        var rows = new[]
        {
            Row(1, "Fly-tipping actions"),
            Row(2, "Year", "ONS Code", "LA Name", "Region", "Total Actions", "Prosecution Actions"),
            Row(3, "2021-22", "E07000106", "Canterbury", "South East", "129", ":"),
            Row(4, "2021-22", "E07000106", "Canterbury", "South East", "130", "0"),
            Row(5, "2021-22", "E07000105", "Ashford", "South East", "-3", "0"),
            Row(6, "2021-22", "E07000107", "Dartford", "South East", "many", "0"),
        };

        var (records, rejects, dataRows) = FlyTippingFile.ParseActions("f.xlsx", FlyTippingFile.ActionsSheet, rows);

        Assert.Equal(4, dataRows);
        var record = Assert.Single(records);
        Assert.Null(record.Actions.Single(a => a.Key == "Prosecutions").Value);
        Assert.Equal(
            [(4L, "Year", ExtractReject.DuplicatePeriod), (5L, "Total Actions", ExtractReject.Negative), (6L, "Total Actions", ExtractReject.NotNumeric)],
            rejects.Select(r => (r.Row, r.Column!, r.ErrorType)));
        Assert.All(rejects, r => Assert.Equal(FlyTippingFile.ActionsSheet, r.Sheet));
    }

    [Fact]
    public void Read_DerivedCsv_LoadsEveryLineWithoutRejects()
    {
        var extract = FlyTippingFile.Read(Csv);

        Assert.Empty(extract.Rejects);
        Assert.Equal(File.ReadLines(Csv).Count() - 1, extract.DataRows);
        Assert.Empty(extract.Actions);
        Assert.Empty(extract.Notes);
    }

    [Fact]
    public void Read_WorkbookAndCsvOfTheSameSheet_GiveTheSameAuthorityRows()
    {
        static IEnumerable<(string, string, string, string?, double?)> Authorities(FlyTippingExtract e) =>
            e.Records.Where(r => r.Kind == FlyTippingRowKind.LocalAuthority)
                .Select(r => (r.Year, r.OnsCode, r.Name, r.Region, r.TotalIncidents.HasValue ? Math.Round(r.TotalIncidents.Value, 6) : (double?)null)).Order();

        var fromWorkbook = FlyTippingFile.Read(Workbook);
        var fromCsv = FlyTippingFile.Read(Csv);

        Assert.Empty(fromCsv.Rejects);
        Assert.Equal(File.ReadLines(Csv).Count() - 1, fromCsv.Records.Count);
        Assert.Equal(Authorities(fromWorkbook), Authorities(fromCsv));
        // The CSV export renamed the totals' code "*Total" to E00000000 and left out three totals; both read as totals.
        Assert.All(fromWorkbook.Records.Where(r => r.Kind != FlyTippingRowKind.LocalAuthority), r => Assert.Equal("*Total", r.OnsCode));
        Assert.All(fromCsv.Records.Where(r => r.Kind != FlyTippingRowKind.LocalAuthority), r => Assert.Equal("E00000000", r.OnsCode));
    }

    [Theory]
    [InlineData(":")]
    [InlineData("*")]
    [InlineData("[c]")]
    [InlineData("[x]")]
    [InlineData("..")]
    public void Read_SuppressedCount_IsMissingNotZero(string marker)
    {
        var extract = ReadCsv($"2020-21,E07000106,Canterbury,South East,{marker},166762,All incidents");

        Assert.Empty(extract.Rejects);
        Assert.Null(Assert.Single(extract.Records).TotalIncidents);
    }

    [Theory]
    [InlineData("2020-21,E07000106,Canterbury,South East,lots,166762,", "Total Incidents", ExtractReject.NotNumeric)]
    [InlineData("2020-21,E07000106,Canterbury,South East,-4,166762,", "Total Incidents", ExtractReject.Negative)]
    [InlineData("2020/21,E07000106,Canterbury,South East,40,166762,", "Year", ExtractReject.UnknownPeriod)]
    [InlineData("2020-22,E07000106,Canterbury,South East,40,166762,", "Year", ExtractReject.UnknownPeriod)]
    [InlineData(",E07000106,Canterbury,South East,40,166762,", "Year", ExtractReject.UnknownPeriod)]
    [InlineData("2020-21,,Canterbury,South East,40,166762,", "ONS Code", ExtractReject.Missing)]
    [InlineData("2020-21,E07000106,Canterbury,South East,40,many,", "Mid population estimates", ExtractReject.NotNumeric)]
    public void Read_BadRow_IsRejectedWithFileRowColumnAndReason(string line, string column, string errorType)
    {
        var extract = ReadCsv("2019-20,E07000106,Canterbury,South East,2111,165394,All incidents", line);

        Assert.Single(extract.Records);
        var reject = Assert.Single(extract.Rejects);
        Assert.Equal(3, reject.Row);
        Assert.Equal(column, reject.Column);
        Assert.Equal(errorType, reject.ErrorType);
        Assert.Null(reject.Sheet);
        Assert.EndsWith("flytipping.csv", reject.File);
        Assert.Contains($"line 3, column {column}", reject.Location);
    }

    [Fact]
    public void Read_DuplicatedYearForOneAuthority_RejectsTheSecondNamingTheFirst()
    {
        var extract = ReadCsv(
            "2020-21,E07000106,Canterbury,South East,2111,166762,",
            "2020-21,E07000106,Canterbury ,South East,2112,166762,",
            "2020-21,E00000000,No relevant LA,South East,50000,,",
            "2020-21,E00000000,No relevant LA,London,60000,,");

        Assert.Equal(3, extract.Records.Count);
        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((3L, ExtractReject.DuplicatePeriod), (reject.Row, reject.ErrorType));
        Assert.Contains("line 2", reject.Reason);
        Assert.Equal(2111, extract.Records.Single(r => r.OnsCode == "E07000106").TotalIncidents);
    }

    [Fact]
    public void Read_TitleRowsReorderedColumnsAndTrailingSpaces_FindsHeaderByName()
    {
        var path = folder.Write("flytipping.csv",
            "Fly-tipping incidents,,,,\n(numbers)\n\nLA Name,Total Incidents,Year,ONS Code,Region,Extra\n\"Canterbury \",\"1,664\",2012-13,E07000106,South East,x,,,\n,,,,\n*Total England,857655,2013-14,*Total,*Total England,\n");

        var extract = FlyTippingFile.Read(path);

        Assert.Empty(extract.Rejects);
        Assert.Equal(2, extract.DataRows);
        var canterbury = extract.Records[0];
        Assert.Equal(("Canterbury", 1664.0, 5L, FlyTippingRowKind.LocalAuthority), (canterbury.Name, canterbury.TotalIncidents!.Value, canterbury.SourceRow, canterbury.Kind));
        Assert.Equal(FlyTippingRowKind.EnglandTotal, extract.Records[1].Kind);
    }

    [Fact]
    public void Read_NoHeaderRow_NamesTheFileAndTheColumnsLookedFor()
    {
        var path = folder.Write("other.csv", "lsoa_code,population\nE01024000,1520\n");

        var error = Assert.Throws<ConfigurationException>(() => FlyTippingFile.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("\"ONS Code\"", error.Message);
    }

    [Fact]
    public void Read_WorkbookWithoutTheSheet_ListsItsSheets()
    {
        var population = Directory.GetFiles(Path.Combine(RepositoryPaths.SharedData, "partners", "population-lsoa11-mid2015"), "*.xlsx").Single();

        var error = Assert.Throws<ConfigurationException>(() => FlyTippingFile.Read(population));

        Assert.Contains("no sheet \"LA_incidents\"", error.Message);
        Assert.Contains("\"Population Denominators\"", error.Message);
    }

    private FlyTippingExtract ReadCsv(params string[] lines) =>
        FlyTippingFile.Read(folder.Write("flytipping.csv", string.Join('\n', [Header, .. lines]) + "\n"));

    /// <summary>Rows of the sheet with any value below its header row, counted from the workbook's XML.</summary>
    private static int WorkbookDataRows(string path, string sheet)
    {
        using var zip = ZipFile.OpenRead(path);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var id = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open()).Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == sheet).Attribute(rel + "id")!.Value;
        var target = XDocument.Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open()).Root!.Elements().Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        var rows = XDocument.Load(zip.GetEntry("xl/" + target.TrimStart('/').Replace("xl/", "", StringComparison.Ordinal))!.Open())
            .Descendants(main + "row").Where(r => r.Descendants(main + "v").Any(v => v.Value.Length > 0) || r.Descendants(main + "t").Any(t => t.Value.Length > 0)).ToList();
        // The header is the row of the first ten with the most text cells (the title rows have one or three).
        var textCells = rows.Take(10).Select(r => r.Descendants(main + "c").Count(c => c.Attribute("t")?.Value is "s" or "inlineStr")).ToList();
        var header = textCells.IndexOf(textCells.Max());
        return rows.Count - header - 1;
    }
}
