using System.Diagnostics;
using Assessment.Core.Reporting;
using Microsoft.Playwright;

namespace Assessment.Browser;

/// <summary>
/// Publishes a report in one call, in memory: the HTML, the PDF (printed so that the contents page numbers are right)
/// and every chart as SVG and PNG. Without a usable browser it still produces the HTML (charts shown as their text
/// alternatives), and the result says exactly what to install. It writes no files: the caller saves the result.
/// </summary>
public sealed class ReportPublisher
{
    private readonly BrowserLocator locator;
    private readonly HtmlReportRenderer renderer = new();

    /// <summary>A publisher that finds the browser with the default <see cref="BrowserLocator"/>.</summary>
    public ReportPublisher() : this(new BrowserLocator()) { }

    internal ReportPublisher(BrowserLocator locator) => this.locator = locator;

    /// <summary>Renders <paramref name="document"/> to HTML, draws its charts and prints it to PDF.</summary>
    /// <param name="document">The report; validated first.</param>
    /// <param name="options">Browser, progress callback and asset folder; null for <see cref="ReportPublishOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops between steps (charts, print passes).</param>
    /// <exception cref="ArgumentException">The document is invalid (duplicate or malformed ids, ragged tables).</exception>
    /// <exception cref="FileNotFoundException">The npm assets are missing from the build output.</exception>
    public async Task<ReportPublication> PublishAsync(ReportDocument document, ReportPublishOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= ReportPublishOptions.Default;
        document.Validate();
        var total = Stopwatch.StartNew();
        var assets = ReportAssetFiles.Load(options.AssetsDirectory);
        var charts = document.Charts().ToList();

        var lookup = locator.Locate(options.BrowserPath);
        ChromiumSession? session = null;
        var browserClock = Stopwatch.StartNew();
        var problem = lookup.Problem;
        if (lookup.Found)
        {
            options.Progress?.Invoke(new ReportProgress("browser", 0, 1, $"Starting {lookup.ExecutablePath}"));
            try
            {
                session = await ChromiumSession.StartAsync(lookup.ExecutablePath!, cancellationToken).ConfigureAwait(false);
            }
            catch (PlaywrightException e)
            {
                problem = $"The browser at '{lookup.ExecutablePath}' could not be started ({e.Message.Split('\n')[0].Trim()}). {BrowserLocator.InstallAdvice}";
            }
        }

        if (session is null)
        {
            var htmlClock = Stopwatch.StartNew();
            var unavailable = charts.ToDictionary(c => c.Id, _ => "no browser was available to draw it when this report was produced", StringComparer.Ordinal);
            var html = renderer.Render(document, new ReportRenderAssets(assets.Fonts, new Dictionary<string, string>(), unavailable));
            var outputs = charts.Select(c => new ChartOutput(c.Id, null, null, null, unavailable[c.Id])).ToList();
            return new ReportPublication(html, null, outputs, null, problem, null, new Dictionary<string, int>(), false, 0, 0,
                new PublishTimings(TimeSpan.Zero, TimeSpan.Zero, htmlClock.Elapsed, TimeSpan.Zero, total.Elapsed));
        }

        await using (session.ConfigureAwait(false))
        {
            var chartRenderer = await VegaChartRenderer.CreateAsync(session, assets, cancellationToken).ConfigureAwait(false);
            var browserStart = browserClock.Elapsed;
            var chartStage = await ChartStage.RunAsync(chartRenderer, charts, options.Progress, cancellationToken).ConfigureAwait(false);

            var printer = new PdfPrinter(await session.NewPageAsync().ConfigureAwait(false), assets.Fonts);
            var printed = await ContentsPaginator.PrintAsync(
                pages => renderer.Render(document, new ReportRenderAssets(assets.Fonts, chartStage.Svgs, chartStage.Problems, pages)),
                printer, document, options.Progress, cancellationToken).ConfigureAwait(false);
            options.Progress?.Invoke(new ReportProgress("pdf", 2, 2, $"Printed {printed.Structure.PageCount} pages"));

            return new ReportPublication(printed.Html, printed.Pdf, chartStage.Outputs, session.ExecutablePath, null,
                printed.Structure.PageCount, printed.Pages, printed.Verified, printed.Passes, session.BlockedRequests,
                new PublishTimings(browserStart, chartStage.Elapsed, printed.HtmlTime, printed.PdfTime, total.Elapsed));
        }
    }
}
