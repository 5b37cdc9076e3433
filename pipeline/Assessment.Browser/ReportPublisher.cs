using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Assessment.Core.Reporting;
using Microsoft.Playwright;

namespace Assessment.Browser;

/// <summary>
/// Publishes a report in one call: <c>strategic-assessment.html</c>, <c>strategic-assessment.pdf</c>,
/// <c>charts/&lt;id&gt;.vl.json|.svg|.png</c> and <c>tables/&lt;id&gt;.csv</c>. Without a usable browser it still
/// writes the HTML (charts shown as their text alternatives), the chart specs and the CSV tables, and the
/// result says exactly what to install.
/// </summary>
public sealed class ReportPublisher
{
    /// <summary>File name of the HTML report.</summary>
    public const string HtmlFileName = "strategic-assessment.html";

    /// <summary>File name of the PDF report.</summary>
    public const string PdfFileName = "strategic-assessment.pdf";

    private static readonly JsonSerializerOptions SpecJson = new() { WriteIndented = true };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly BrowserLocator locator;
    private readonly HtmlReportRenderer renderer = new();

    public ReportPublisher() : this(new BrowserLocator()) { }

    internal ReportPublisher(BrowserLocator locator) => this.locator = locator;

    /// <summary>Writes every output of <paramref name="document"/> into <paramref name="outputDirectory"/> (created if needed; existing files replaced).</summary>
    /// <exception cref="ArgumentException">The document is invalid (duplicate or malformed ids, ragged tables).</exception>
    /// <exception cref="FileNotFoundException">The npm assets are missing from the build output.</exception>
    public async Task<ReportPublication> PublishAsync(ReportDocument document, string outputDirectory, ReportPublishOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        options ??= ReportPublishOptions.Default;
        document.Validate();
        var total = Stopwatch.StartNew();
        var assets = ReportAssetFiles.Load(options.AssetsDirectory);
        var chartsDir = Directory.CreateDirectory(Path.Combine(outputDirectory, "charts")).FullName;
        var tablesDir = Directory.CreateDirectory(Path.Combine(outputDirectory, "tables")).FullName;
        var htmlPath = Path.Combine(Path.GetFullPath(outputDirectory), HtmlFileName);
        var pdfPath = Path.Combine(Path.GetFullPath(outputDirectory), PdfFileName);
        var charts = document.Charts().ToList();

        var specPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chart in charts)
        {
            specPaths[chart.Id] = Path.Combine(chartsDir, chart.Id + ".vl.json");
            await File.WriteAllTextAsync(specPaths[chart.Id], chart.Spec.ToJsonString(SpecJson) + "\n", Utf8, cancellationToken).ConfigureAwait(false);
        }

        var tablePaths = new List<string>();
        foreach (var table in document.Tables())
        {
            var path = Path.Combine(tablesDir, table.Id + ".csv");
            await File.WriteAllTextAsync(path, ReportTableCsv.ToCsv(table), Utf8, cancellationToken).ConfigureAwait(false);
            tablePaths.Add(path);
        }

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
            await File.WriteAllTextAsync(htmlPath, html, Utf8, cancellationToken).ConfigureAwait(false);
            var outputs = charts.Select(c => new ChartOutput(c.Id, specPaths[c.Id], null, null, null, unavailable[c.Id])).ToList();
            return new ReportPublication(htmlPath, null, outputs, tablePaths, null, problem, null, new Dictionary<string, int>(), false, 0, 0,
                new PublishTimings(TimeSpan.Zero, TimeSpan.Zero, htmlClock.Elapsed, TimeSpan.Zero, total.Elapsed));
        }

        await using (session.ConfigureAwait(false))
        {
            var chartRenderer = await VegaChartRenderer.CreateAsync(session, assets, cancellationToken).ConfigureAwait(false);
            var browserStart = browserClock.Elapsed;
            var chartStage = await ChartStage.RunAsync(chartRenderer, charts, chartsDir, specPaths, options.Progress, cancellationToken).ConfigureAwait(false);

            var printer = new PdfPrinter(await session.NewPageAsync().ConfigureAwait(false), assets.Fonts);
            var printed = await ContentsPaginator.PrintAsync(
                pages => renderer.Render(document, new ReportRenderAssets(assets.Fonts, chartStage.Svgs, chartStage.Problems, pages)),
                printer, document, options.Progress, cancellationToken).ConfigureAwait(false);

            var writeClock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(htmlPath, printed.Html, Utf8, cancellationToken).ConfigureAwait(false);
            var htmlWrite = writeClock.Elapsed;
            await File.WriteAllBytesAsync(pdfPath, printed.Pdf, cancellationToken).ConfigureAwait(false);
            var pdfWrite = writeClock.Elapsed - htmlWrite;
            options.Progress?.Invoke(new ReportProgress("pdf", 2, 2, $"Wrote {printed.Structure.PageCount} pages"));

            return new ReportPublication(htmlPath, pdfPath, chartStage.Outputs, tablePaths, session.ExecutablePath, null,
                printed.Structure.PageCount, printed.Pages, printed.Verified, printed.Passes, session.BlockedRequests,
                new PublishTimings(browserStart, chartStage.Elapsed, printed.HtmlTime + htmlWrite, printed.PdfTime + pdfWrite, total.Elapsed));
        }
    }
}
