using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Assessment.Core.Reporting;

namespace Assessment.Core.Tests.Reporting;

public sealed class HtmlReportRendererTests
{
    private static readonly IReadOnlyDictionary<string, int> Pages = new Dictionary<string, int> { ["summary"] = 3, ["figures"] = 4, ["figures-detail"] = 5, ["plan"] = 6 };

    private static IDocument Parse(ReportRenderAssets? assets = null) =>
        new HtmlParser().ParseDocument(new HtmlReportRenderer().Render(SampleReport.Document(), assets ?? SampleReport.Assets(Pages)));

    [Fact]
    public void Render_SmallReport_MatchesApprovedHtml() =>
        Approval.Verify(new HtmlReportRenderer().Render(SampleReport.Document(), SampleReport.Assets(Pages)), "small-report", "html");

    [Fact]
    public void Render_Document_HasOneTitleAndNumberedChapterAndSectionHeadings()
    {
        var html = Parse();

        Assert.Equal("Strategic Assessment 2025", Assert.Single(html.QuerySelectorAll("h1")).TextContent);
        Assert.Equal(["Contents", "1 Executive summary", "2 Figures", "3 Action plan"], html.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["Counts", "2.1 Detail"], html.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal("figures-detail-heading", html.QuerySelectorAll("h3")[1].Id);
        Assert.Equal("main", html.QuerySelector("#summary")!.ParentElement!.LocalName);
    }

    [Fact]
    public void Render_Table_PutsFormattedNumbersInTheRightCellsAndRightAlignsThem()
    {
        var table = Parse().QuerySelector("table#counts")!;
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();

        Assert.Equal(["Burglary", "12,345", "12,289", "\u221256", "50.0%"], rows[0]);
        Assert.Equal(["Robbery, personal", "1,000", "1,250", "+250", "12.5%"], rows[1]);
        Assert.Equal(["Shoplifting \"retail\"", "0", "7", "+7", "37.5%"], rows[2]);
        Assert.Equal(["All crime", "13,345", "13,546", "+201", "100.0%"], table.QuerySelectorAll("tfoot tr > *").Select(c => c.TextContent));
        Assert.Equal(["Crime type", "2024", "2025", "Difference", "Share"], table.QuerySelectorAll("thead th").Select(c => c.TextContent));
        Assert.All(table.QuerySelectorAll("tbody td"), td => Assert.Equal("num", td.ClassName));
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.StartsWith("Table 1. ", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Charts_EveryFigureHasAltTextTitleAndSource()
    {
        var figures = Parse().QuerySelectorAll("figure");

        Assert.Equal(2, figures.Length);
        var drawn = figures.Single(f => f.Id == "monthly");
        Assert.Equal("Line chart: crimes per month rose from 1,200 to 1,400.", drawn.QuerySelector("[role=img]")!.GetAttribute("aria-label"));
        Assert.NotNull(drawn.QuerySelector("[role=img] svg"));
        Assert.Equal("Figure 1. Crimes per month", drawn.QuerySelector(".figure-title")!.TextContent);
        Assert.Contains("Source: police.uk", drawn.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.All(figures, f => Assert.Equal(f.QuerySelector(".figure-title")!.Id, f.GetAttribute("aria-labelledby")));
    }

    [Fact]
    public void Render_ChartWithoutSvg_ShowsItsTextAlternativeAndWhyItIsMissing()
    {
        var map = Parse().QuerySelector("figure#ward-map")!;

        Assert.Null(map.QuerySelector("svg"));
        var text = map.QuerySelector(".chart-unavailable")!.TextContent;
        Assert.Contains("Map: the city centre ward has the most crime.", text, StringComparison.Ordinal);
        Assert.Contains("could not be drawn: the boundary file was not found", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Document_ReferencesNothingOutsideTheFile()
    {
        var html = Parse();

        Assert.All(html.QuerySelectorAll("[src]"), e => Assert.StartsWith("data:", e.GetAttribute("src"), StringComparison.Ordinal));
        Assert.All(html.QuerySelectorAll("[href]"), e => Assert.StartsWith("#", e.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(html.QuerySelectorAll("[href]"), e => Assert.NotNull(html.GetElementById(e.GetAttribute("href")![1..])));
        Assert.Empty(html.QuerySelectorAll("link, script, iframe, img:not([src^='data:'])"));
        var css = string.Concat(html.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"url\((?!data:|#)", css);
    }

    [Fact]
    public void Render_WithPageNumbers_FillsTheContentsInOrder()
    {
        var entries = Parse().QuerySelectorAll("nav.contents li");

        Assert.Equal(["#summary", "#figures", "#figures-detail", "#plan"], entries.Select(e => e.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["3", "4", "5", "6"], entries.Select(e => e.QuerySelector(".toc-page")!.TextContent));
        Assert.Equal(["1", "2", "2.1", "3"], entries.Select(e => e.QuerySelector(".toc-number")!.TextContent));
    }

    [Fact]
    public void Render_WithoutPageNumbers_LeavesThePageCellsEmpty() =>
        Assert.All(Parse(SampleReport.Assets()).QuerySelectorAll(".toc-page"), p => Assert.Equal("", p.TextContent));

    [Fact]
    public void Render_BriefChapter_FlowsOnWhileOthersStartANewPage()
    {
        var table = new ReportTable("t", "Counts", [TableColumn.Text("What"), TableColumn.Count("Count")], [["Burglary", 5]], "police.uk");
        var document = new ReportDocument(new ReportCover("P", "T", "2025", new DateOnly(2026, 1, 1), "OFFICIAL"),
        [
            new ReportSection("full", "Full", new TableBlock(table)),
            new ReportSection("absent", "Absent", new CalloutBlock(CalloutKind.NotYetAvailable, "No extract is configured.")),
            new ReportSection("parent", "Parent", [new ParagraphBlock("Words.")], [new ReportSection("brief-child", "Child", new ParagraphBlock("Words."))]),
        ]);

        var html = new HtmlParser().ParseDocument(new HtmlReportRenderer().Render(document, ReportRenderAssets.None));

        Assert.Equal("brief", html.QuerySelector("#absent")!.ClassName);
        Assert.Null(html.QuerySelector("#full")!.ClassName);
        Assert.Null(html.QuerySelector("#parent")!.ClassName);
        Assert.Null(html.QuerySelector("#brief-child")!.ClassName);
        Assert.Contains("main>section.brief{break-before:auto", html.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CsvOnlyTable_IsALineNamingItsFileAndNotATable()
    {
        var table = new ReportTable("change-by-type", "Change by crime type", [TableColumn.Text("What"), TableColumn.Count("Count")], [["Burglary", 5]], "police.uk");
        var document = new ReportDocument(new ReportCover("P", "T", "2025", new DateOnly(2026, 1, 1), "OFFICIAL"),
            [new ReportSection("full", "Full", [new ParagraphBlock("Words."), TableBlock.CsvOnly(table)], [])]);

        var html = new HtmlParser().ParseDocument(new HtmlReportRenderer().Render(document, ReportRenderAssets.None));

        Assert.Empty(html.QuerySelectorAll("table"));
        Assert.Equal("The full table \u201cChange by crime type\u201d is in the CSV output: tables/change-by-type.csv.", html.QuerySelector("p.csv-only")!.TextContent);
        Assert.Single(document.Tables());
    }

    [Fact]
    public void Render_ParagraphText_IsEncodedAndOnlyEmphasisBecomesMarkup()
    {
        var paragraph = Parse().QuerySelector("#summary p")!;

        Assert.Empty(paragraph.QuerySelectorAll("script"));
        Assert.Equal("rose", paragraph.QuerySelector("strong")!.TextContent);
        Assert.Equal("some", paragraph.QuerySelector("em")!.TextContent);
        Assert.Contains("<script>alert(1)</script> & fell", paragraph.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CoverAndActionPlan_ShowMetadataAndStatusInWords()
    {
        var html = Parse();

        var cover = html.QuerySelector("header.cover")!.TextContent;
        Assert.Contains("Example Community Safety Partnership", cover, StringComparison.Ordinal);
        Assert.Contains("5 March 2026", cover, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL", cover, StringComparison.Ordinal);
        Assert.Equal(["Run pop-up hubs", "Council", "–", "By June 2026", "Amber (reported by the lead, not computed) Hubs held. 3 of 6 held."],
            html.QuerySelectorAll("table#plan-table tbody tr > *").Select(c => c.TextContent));
        Assert.Equal("Not yet included", html.QuerySelector(".callout-not-yet .callout-title")!.TextContent);
    }

    [Fact]
    public void Render_PrintCss_HasA4RepeatedHeadersAndKeepRules()
    {
        var css = Parse().QuerySelector("style")!.TextContent;

        Assert.Contains("@page{size:A4", css, StringComparison.Ordinal);
        Assert.Contains("thead{display:table-header-group}", css, StringComparison.Ordinal);
        Assert.Contains("figure.chart{margin:10pt 0 14pt;break-inside:avoid}", css, StringComparison.Ordinal);
        Assert.Contains("break-after:avoid", css, StringComparison.Ordinal);
        Assert.Contains("main>section{break-before:page}", css, StringComparison.Ordinal);
        Assert.Contains("@font-face{font-family:\"Inter\";font-style:normal;font-weight:400", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DuplicateIds_Throws()
    {
        var document = new ReportDocument(SampleReport.Cover, [new ReportSection("a", "A"), new ReportSection("a", "B")]);
        Assert.Throws<ArgumentException>(() => new HtmlReportRenderer().Render(document, ReportRenderAssets.None));
    }

    [Fact]
    public void Render_RaggedTable_Throws()
    {
        var table = new ReportTable("t", "T", [TableColumn.Text("A"), TableColumn.Count("B")], [["x"]]);
        var document = new ReportDocument(SampleReport.Cover, [new ReportSection("s", "S", new TableBlock(table))]);
        Assert.Throws<ArgumentException>(() => new HtmlReportRenderer().Render(document, ReportRenderAssets.None));
    }
}
