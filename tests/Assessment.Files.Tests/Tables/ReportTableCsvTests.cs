using Assessment.Core.Reporting;
using Assessment.Files.Tables;

namespace Assessment.Files.Tests.Tables;

public sealed class ReportTableCsvTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private static ReportTable CountsTable() => SampleTables.Counts();

    [Fact]
    public void Write_Table_HasRawNumbersQuotedTextAndTotalsLast()
    {
        var path = ReportTableCsv.Write(folder.Path, CountsTable());

        Assert.Equal(folder.Combine("counts.csv"), path);
        Assert.Equal(
            "Crime type,2024,2025,Difference,Share\n" +
            "Burglary,12345,12289,-56,0.5\n" +
            "\"Robbery, personal\",1000,1250,250,0.125\n" +
            "\"Shoplifting \"\"retail\"\"\",0,7,7,0.375\n" +
            "All crime,13345,13546,201,1\n",
            File.ReadAllText(path));
    }

    [Fact]
    public void Write_QValueShownAsText_CarriesTheNumber()
    {
        var table = new ReportTable("change", "Change", [TableColumn.Text("Series"), TableColumn.Text("q-value")],
            [["Burglary", TableCell.FromNumber(0.00042, "< 0.001")], ["Robbery", TableCell.FromNumber(0.5, "0.500")], ["Drugs", TableCell.FromNumber(double.NaN, "\u2013")]]);

        var (header, rows) = CsvRecords.Read(ReportTableCsv.Write(folder.Path, table));

        Assert.Equal(["Series", "q-value"], header);
        Assert.Equal(["0.00042", "0.5", ""], rows.Select(r => r[1]));
        Assert.Equal("< 0.001", table.Rows[0][1].Display(null)); // what the report itself shows
    }

    [Fact]
    public void Write_EmptyCellsNaNAndFormulaText_AreEmptyOrInert()
    {
        var table = new ReportTable("t", "T", [TableColumn.Text("A"), TableColumn.Count("B"), TableColumn.Number("C", NumberFormat.OneDecimal)],
            [["line\nbreak", TableCell.Empty, double.NaN], ["=cmd|' /C calc'!A0", -5, double.PositiveInfinity]]);

        Assert.Equal("A,B,C\n\"line\nbreak\",,\n\"'=cmd|' /C calc'!A0\",-5,\n", File.ReadAllText(ReportTableCsv.Write(folder.Path, table)));
    }

    [Fact]
    public void Write_NoRows_IsHeaderOnly() =>
        Assert.Equal("A\n", File.ReadAllText(ReportTableCsv.Write(folder.Path, new ReportTable("t", "T", [TableColumn.Text("A")], []))));

    [Fact]
    public void Write_RaggedTable_ThrowsAndWritesNothing()
    {
        var table = new ReportTable("t", "T", [TableColumn.Text("A"), TableColumn.Text("B")], [["only one"]]);

        Assert.Throws<ArgumentException>(() => ReportTableCsv.Write(folder.Path, table));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
