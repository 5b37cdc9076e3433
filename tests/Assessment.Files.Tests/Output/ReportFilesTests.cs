using System.Text.Json.Nodes;
using Assessment.Core.Reporting;
using Assessment.Files.Output;

namespace Assessment.Files.Tests.Output;

public sealed class ReportFilesTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Write_EachOutput_GoesWhereTheReadmeSays()
    {
        var files = new ReportFiles(folder.Path);
        var spec = new JsonObject { ["mark"] = "bar", ["description"] = "Crimes per month" };
        var chart = new ChartBlock("monthly", "Crimes per month", spec, "Bar chart of crimes per month.", "police.uk");

        string[] written =
        [
            files.WriteHtml("<html></html>"), files.WritePdf([0x25, 0x50, 0x44, 0x46]), files.WriteChartSpec(chart),
            files.WriteChartSvg("monthly", "<svg/>"), files.WriteChartPng("monthly", [0x89, 0x50]),
            files.WriteTable(new ReportTable("counts", "Counts", [TableColumn.Text("A")], [["x"]])),
        ];

        Assert.Equal(
            ["strategic-assessment.html", "strategic-assessment.pdf", "charts/monthly.vl.json", "charts/monthly.svg", "charts/monthly.png", "tables/counts.csv"],
            written.Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')));
        Assert.Equal(spec.ToJsonString(), JsonNode.Parse(File.ReadAllText(written[2]))!.ToJsonString());
        Assert.EndsWith("}\n", File.ReadAllText(written[2]), StringComparison.Ordinal);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg/>\n", File.ReadAllText(written[3]));
        Assert.Equal([0x89, 0x50], File.ReadAllBytes(written[4]));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("Monthly")]
    [InlineData("")]
    public void WriteChartSvg_IdThatIsNotAReportId_IsRefused(string id)
    {
        Assert.Throws<ArgumentException>(() => new ReportFiles(folder.Path).WriteChartSvg(id, "<svg/>"));
        Assert.Empty(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }
}
