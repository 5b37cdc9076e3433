using Assessment.Core.Reporting;

namespace Assessment.Core.Tests.Reporting;

public sealed class ReportTableCsvTests
{
    [Fact]
    public void ToCsv_Table_IsRfc4180WithRawNumbersAndTotalsLast()
    {
        var csv = ReportTableCsv.ToCsv(SampleReport.CountsTable());

        Assert.Equal(
            "Crime type,2024,2025,Difference,Share\r\n" +
            "Burglary,12345,12289,-56,0.5\r\n" +
            "\"Robbery, personal\",1000,1250,250,0.125\r\n" +
            "\"Shoplifting \"\"retail\"\"\",0,7,7,0.375\r\n" +
            "All crime,13345,13546,201,1\r\n",
            csv);
    }

    [Fact]
    public void ToCsv_EmptyCellsAndLineBreaks_AreEmptyFieldsAndQuoted()
    {
        var table = new ReportTable("t", "T", [TableColumn.Text("A"), TableColumn.Count("B")], [["line\nbreak", TableCell.Empty]]);

        Assert.Equal("A,B\r\n\"line\nbreak\",\r\n", ReportTableCsv.ToCsv(table));
    }

    [Fact]
    public void ToCsv_NoRows_IsHeaderOnly() =>
        Assert.Equal("A\r\n", ReportTableCsv.ToCsv(new ReportTable("t", "T", [TableColumn.Text("A")], [])));
}
