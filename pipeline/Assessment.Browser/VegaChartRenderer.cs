using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Assessment.Browser;

/// <summary>
/// Turns Vega-Lite specs into SVG and PNG in one browser page that holds the Vega and Vega-Lite builds and the
/// report's fonts (loaded before the first chart, because Vega measures text as it lays out). Output is
/// byte-identical across renders: SVG definition ids are reset before each chart, then prefixed with its id.
/// </summary>
public sealed class VegaChartRenderer
{
    private const string RenderFunction = """
        async (specJson) => {
            const spec = JSON.parse(specJson);
            const compiled = vegaLite.compile(spec).spec;
            vega.resetSVGDefIds();
            const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
            try {
                await view.runAsync();
                const svg = await view.toSVG();
                const png = await view.toImageURL('png', 2);
                return { svg, png };
            } finally {
                view.finalize();
            }
        }
        """;

    private readonly IPage page;

    private VegaChartRenderer(IPage page) => this.page = page;

    /// <summary>Opens the rendering page in <paramref name="session"/>: fonts, scripts, then waits for the fonts to load.</summary>
    public static async Task<VegaChartRenderer> CreateAsync(ChromiumSession session, ReportAssetFiles assets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(assets);
        cancellationToken.ThrowIfCancellationRequested();
        var page = await session.NewPageAsync().ConfigureAwait(false);
        var fontCss = string.Concat(assets.Fonts.Select(f => f.ToCss()));
        await page.SetContentAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>{fontCss}</style></head><body></body></html>").ConfigureAwait(false);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = assets.VegaScript }).ConfigureAwait(false);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = assets.VegaLiteScript }).ConfigureAwait(false);
        var weights = string.Join(",", assets.Fonts.Select(f => $"'{f.Weight} 12px \"{f.Family}\"'"));
        var loaded = await page.EvaluateAsync<int>($"async () => (await Promise.all([{weights}].map(f => document.fonts.load(f)))).filter(r => r.length > 0).length").ConfigureAwait(false);
        if (loaded != assets.Fonts.Count)
            throw new InvalidOperationException($"Only {loaded} of {assets.Fonts.Count} report font faces loaded in the chart page; charts would be measured with a fallback font.");
        return new VegaChartRenderer(page);
    }

    /// <summary>
    /// Renders one spec. Throws <see cref="ChartRenderException"/> with Vega's message when the spec is invalid.
    /// </summary>
    public async Task<RenderedChart> RenderAsync(string chartId, JsonObject spec, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chartId);
        ArgumentNullException.ThrowIfNull(spec);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        JsonElement result;
        try
        {
            result = await page.EvaluateAsync<JsonElement>(RenderFunction, spec.ToJsonString()).ConfigureAwait(false);
        }
        catch (PlaywrightException e)
        {
            throw new ChartRenderException(chartId, FirstLine(e.Message), e);
        }

        var svg = SvgIdPrefixer.Prefix(result.GetProperty("svg").GetString()!, chartId);
        var pngUrl = result.GetProperty("png").GetString()!;
        var comma = pngUrl.IndexOf(',', StringComparison.Ordinal);
        var png = Convert.FromBase64String(pngUrl[(comma + 1)..]);
        return new RenderedChart(chartId, svg, png, clock.Elapsed);
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? message;
        return line.Length > 300 ? line[..300] : line;
    }
}
