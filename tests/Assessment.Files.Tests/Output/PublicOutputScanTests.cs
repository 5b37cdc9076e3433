using Assessment.Core.Disclosure;
using Assessment.Files.Output;

namespace Assessment.Files.Tests.Output;

public sealed class PublicOutputScanTests : IDisposable
{
    private const string CleanHtml = """
        <html><body>
        <p>Crime rose from <span class="count">1,200</span> to <span class="count">1,234</span>; arson fewer than 5.</p>
        <table id="by-type">
        <caption>Table 1. By type</caption>
        <thead><tr><th scope="col">Type</th><th scope="col" class="num" data-count="">Current</th><th scope="col" class="num">Change (%)</th></tr></thead>
        <tbody>
        <tr><th scope="row">Arson</th><td class="num" data-count="">[c]</td><td class="num">[c]</td></tr>
        <tr><th scope="row">Robbery</th><td class="num" data-count="">[c]</td><td class="num">[c]</td></tr>
        <tr><th scope="row">Theft</th><td class="num" data-count="">90</td><td class="num">3.1%</td></tr>
        </tbody>
        <tfoot>
        <tr><th scope="row">Total</th><td class="num" data-count="">123</td><td class="num">2.0%</td></tr>
        </tfoot>
        </table>
        </body></html>
        """;

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ACleanFolder_Passes()
    {
        WriteClean();

        Assert.Empty(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public));
    }

    [Fact]
    public void ASmallCountInACsvCountColumn_IsFoundWithItsLineAndColumn()
    {
        WriteClean();
        folder.Write("tables/monthly.csv", "month,count,rate\n2025-01,12,0.5\n2025-02,3,4\n");

        var finding = Assert.Single(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public));

        Assert.Equal("tables/monthly.csv", finding.File);
        Assert.Equal("line 3, column count", finding.Location);
        Assert.Equal(3, finding.Value);
    }

    [Fact]
    public void AReportTableCsv_UsesTheCountColumnsOfItsHtmlTable_AndItsTotal()
    {
        WriteClean();
        folder.Write("tables/by-type.csv", "Type,Current,Change (%)\nArson,[c],\nRobbery,30,-0.1\nTheft,90,0.031\nTotal,123,0.02\n");

        var finding = Assert.Single(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public));

        Assert.Equal("tables/by-type.csv", finding.File);
        Assert.True(finding.Derived);
        Assert.Equal(3, finding.Value);
    }

    [Fact]
    public void ASmallCountInHtmlNarrative_IsFoundWithItsLine()
    {
        WriteClean();
        folder.Write("report.html", "<html>\n<body>\n<p>Arson: <span class=\"count\">2</span> offences.</p>\n</body></html>\n");

        var finding = Assert.Single(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public));

        Assert.Equal("report.html", finding.File);
        Assert.StartsWith("line 3", finding.Location, StringComparison.Ordinal);
        Assert.Equal(2, finding.Value);
    }

    [Fact]
    public void AHtmlTableCountThatItsTotalGivesAway_IsReportedAsDerived()
    {
        folder.Write("strategic-assessment.html", CleanHtml.Replace("<td class=\"num\" data-count=\"\">[c]</td><td class=\"num\">[c]</td></tr>\n<tr><th scope=\"row\">Theft",
            "<td class=\"num\" data-count=\"\">30</td><td class=\"num\">[c]</td></tr>\n<tr><th scope=\"row\">Theft", StringComparison.Ordinal));

        var finding = Assert.Single(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public));

        Assert.True(finding.Derived);
        Assert.Equal(3, finding.Value);
        Assert.Contains("table by-type, column 2", finding.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void AVisibleSmallCountInAHtmlTable_IsFound()
    {
        folder.Write("strategic-assessment.html", CleanHtml.Replace("<td class=\"num\" data-count=\"\">90</td>", "<td class=\"num\" data-count=\"\">4</td>", StringComparison.Ordinal));

        Assert.Contains(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public), f => f.Value == 4 && !f.Derived);
    }

    [Fact]
    public void ChartDataDeclaredAsCounts_IsScanned_ButEncodingConstantsAreNot()
    {
        WriteClean();
        folder.Write("charts/trend.vl.json", """
            {"usermeta": {"counts": ["value"]}, "data": {"values": [{"month": "2025-01", "value": 12}, {"month": "2025-02", "value": 2}]},
             "encoding": {"y": {"value": 3}}}
            """);

        var finding = Assert.Single(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public));

        Assert.Equal("charts/trend.vl.json", finding.File);
        Assert.Equal("$.data.values[1].value", finding.Location);
    }

    [Fact]
    public void JsonCountFields_AreScannedByName()
    {
        WriteClean();
        folder.Write("assessment.json", """{"themes": [{"id": "violence", "count": 120, "previous_count": 4, "rank": 2}]}""");

        var finding = Assert.Single(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public));

        Assert.Equal("$.themes[0].previous_count", finding.Location);
        Assert.Equal(4, finding.Value);
    }

    [Fact]
    public void AHigherThreshold_FindsMore()
    {
        WriteClean();
        folder.Write("assessment.json", """{"count": 7}""");

        Assert.Empty(PublicOutputScan.Scan(folder.Path, DisclosurePolicy.Public));
        Assert.Single(PublicOutputScan.Scan(folder.Path, new DisclosurePolicy(PublicationEdition.Public, 10)));
    }

    private void WriteClean()
    {
        folder.Write("strategic-assessment.html", CleanHtml);
        folder.Write("tables/by-type.csv", "Type,Current,Change (%)\nArson,[c],\nRobbery,[c],\nTheft,90,0.031\nTotal,123,0.02\n");
        folder.Write("charts/trend.vl.json", """{"usermeta": {"counts": ["value"]}, "data": {"values": [{"value": 0}, {"value": 12}]}}""");
        folder.Write("assessment.json", """{"crime_count": 1234, "themes": [{"count": 0}]}""");
    }
}
