using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Assessment.Core.Reporting;
using Xunit.Abstractions;

namespace Assessment.Browser.Tests;

public sealed class SmallPublicationTests(SmallPublicationFixture published, ITestOutputHelper output) : IClassFixture<SmallPublicationFixture>
{
    [Fact]
    public void PublishAsync_SmallDocument_GivesPdfHtmlAndChartsThatAgree()
    {
        var document = published.Document;
        var publication = published.Publication;
        output.WriteLine($"{publication.PageCount} pages; {publication.Timings}");

        var pdf = published.PdfPath;
        Assert.True(publication.Complete);
        Assert.Equal(publication.PageCount, Poppler.PageCount(pdf));
        Assert.Equal(0, publication.BlockedRequests);

        var text = Poppler.Text(pdf);
        foreach (var expected in new[] { "Example Community Safety Partnership", "Executive summary", "Figures and tables", "Notes on the figures", "Glossary", "12,345", "12,289", "\u221256", "13,539", "+194" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains($"Page 1 of {publication.PageCount}", Poppler.PageText(pdf, 1), StringComparison.Ordinal);

        var fonts = Poppler.Run("pdffonts", pdf).Split('\n').Where(l => l.Contains("Inter", StringComparison.Ordinal)).ToList();
        Assert.Contains(fonts, l => l.Contains("Inter-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, l => l.Contains("Inter-Bold", StringComparison.Ordinal) || l.Contains("Inter-SemiBold", StringComparison.Ordinal));
        Assert.All(fonts, l => Assert.Matches(@"\s+yes\s+yes\s+yes\s+", l)); // embedded, subset, unicode map

        Assert.Equal(document.Charts().Select(c => c.Id), publication.Charts.Select(c => c.Id));
        foreach (var chart in publication.Charts)
        {
            Assert.StartsWith("<svg", chart.Svg, StringComparison.Ordinal);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Png![..4]);
            Assert.Contains(chart.Svg!, publication.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PublishAsync_SmallDocument_ContentsPageNumbersAreThePagesTheHeadingsAreOn()
    {
        var document = published.Document;
        var publication = published.Publication;

        Assert.True(publication.ContentsVerified);
        var pdf = published.PdfPath;
        var contentsPage = Poppler.PageText(pdf, 2);
        var html = new HtmlParser().ParseDocument(publication.Html);
        foreach (var entry in ReportContents.Entries(document))
        {
            var page = publication.ContentsPages[entry.Id];
            Assert.Contains($"{entry.Number} {entry.Title}", Regex.Replace(Poppler.PageText(pdf, page), @"\s+", " "), StringComparison.Ordinal);
            Assert.Matches(new Regex($@"{Regex.Escape(entry.Title)}\s+{page}\s*$", RegexOptions.Multiline), contentsPage);
            Assert.Equal(page.ToString(CultureInfo.InvariantCulture), html.QuerySelector($"a[href='#{entry.Id}'] .toc-page")!.TextContent);
        }

        Assert.Equal(3, publication.ContentsPages["summary"]);
    }

    [Fact]
    public void PublishAsync_SmallDocument_PdfIsTaggedWithLanguageAndBookmarksForEveryChapter()
    {
        var pdf = published.PdfPath;

        Assert.Matches(new Regex(@"^Tagged:\s+yes\s*$", RegexOptions.Multiline), Poppler.Run("pdfinfo", pdf));
        Assert.Contains("/Lang (en-GB)", Qpdf.Catalog(pdf), StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", Qpdf.Catalog(pdf), StringComparison.Ordinal);

        // Every numbered chapter and section of the contents is a bookmark, in the same order.
        var bookmarks = Qpdf.Outline(pdf).Select(b => b.Title).ToList();
        var expected = ReportContents.Entries(published.Document).Select(e => $"{e.Number} {e.Title}").ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, bookmarks.Where(expected.Contains).ToList());
    }

    [Fact]
    public void PublishAsync_SmallDocument_HtmlIsSelfContainedWithEveryChartDrawn()
    {
        var publication = published.Publication;

        var html = new HtmlParser().ParseDocument(publication.Html);
        Assert.All(html.QuerySelectorAll("[src]"), e => Assert.StartsWith("data:", e.GetAttribute("src"), StringComparison.Ordinal));
        Assert.All(html.QuerySelectorAll("[href]"), e => Assert.StartsWith("#", e.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Empty(html.QuerySelectorAll(".chart-unavailable"));
        Assert.All(html.QuerySelectorAll("figure"), f => Assert.NotNull(f.QuerySelector("[role=img][aria-label] svg")));
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
