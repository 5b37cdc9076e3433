using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Assessment.Core.Reporting;
using Xunit.Abstractions;

namespace Assessment.Browser.Tests;

public sealed class ReportPublisherTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string outputDirectory = Directory.CreateTempSubdirectory("assessment-report-test-").FullName;

    public void Dispose() => Directory.Delete(outputDirectory, recursive: true);

    [Fact]
    public async Task PublishAsync_NoBrowser_GivesTheHtmlAndSaysWhatToInstall()
    {
        var document = TestDocuments.Small();

        var publication = await new ReportPublisher().PublishAsync(document, new ReportPublishOptions("/nonexistent/chromium"));

        Assert.Null(publication.Pdf);
        Assert.False(publication.Complete);
        Assert.Contains("apt-get install chromium", publication.BrowserProblem, StringComparison.Ordinal);
        Assert.Contains("--browser", publication.BrowserProblem, StringComparison.Ordinal);
        var html = new HtmlParser().ParseDocument(publication.Html);
        Assert.Equal(["Line chart of crimes per month.", "Map of crimes by ward."], html.QuerySelectorAll(".chart-unavailable p:first-child").Select(p => p.TextContent));
        Assert.Equal(document.Charts().Select(c => c.Id), publication.Charts.Select(c => c.Id));
        Assert.All(publication.Charts, c => Assert.True(c.Svg is null && c.Png is null && c.Problem is not null));
        Assert.Equal("12,345", html.QuerySelector("table#counts tbody td")!.TextContent);
    }

    [Fact]
    public async Task PublishAsync_CanterburySample_TwentyPageAssessmentWithVerifiedContents()
    {
        var input = TestDocuments.CanterburySample();
        Assert.Equal(22_847, input.MonthlyCounts.Sum(c => c.Count)); // data-samples/README: Canterbury rows over the 16 months
        var document = new StrategicAssessmentComposer().Compose(input);
        var steps = new List<string>();

        var publication = await new ReportPublisher().PublishAsync(document, new ReportPublishOptions(browser.RequireBrowser(), p => steps.Add(p.Step)));
        Report(publication);

        Assert.True(publication.Complete);
        Assert.True(publication.ContentsVerified);
        Assert.InRange(publication.PageCount!.Value, 18, 30);
        Assert.Equal(["browser", "charts", "pdf"], steps.Distinct());
        var pdf = Path.Combine(outputDirectory, "canterbury.pdf");
        File.WriteAllBytes(pdf, publication.Pdf!);
        var overview = Poppler.PageText(pdf, publication.ContentsPages["overview"]);
        Assert.Contains("17,586", overview, StringComparison.Ordinal); // January–December 2025
        Assert.Contains("5,261", overview, StringComparison.Ordinal);  // January–April 2024, the loaded comparison months
        foreach (var section in document.Sections)
        {
            var words = string.Join(' ', section.Title.Split(' ').Take(3));
            Assert.Contains(words, Regex.Replace(Poppler.PageText(pdf, publication.ContentsPages[section.Id]), @"\s+", " "), StringComparison.Ordinal);
        }
    }

    private void Report(ReportPublication publication)
    {
        var t = publication.Timings;
        output.WriteLine($"{publication.PageCount} pages, {publication.PrintPasses} print passes; browser start {t.BrowserStart.TotalMilliseconds:F0} ms, charts {t.Charts.TotalMilliseconds:F0} ms, HTML {t.Html.TotalMilliseconds:F0} ms, PDF {t.Pdf.TotalMilliseconds:F0} ms, total {t.Total.TotalMilliseconds:F0} ms");
        foreach (var chart in publication.Charts) output.WriteLine($"  chart {chart.Id}: {chart.Elapsed?.TotalMilliseconds:F0} ms");
    }
}
