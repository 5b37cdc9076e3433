using System.Diagnostics;
using System.Text;
using Assessment.Core.Reporting;

namespace Assessment.Browser;

/// <summary>Draws every chart of a report and writes its SVG and PNG; a chart that fails is recorded, not fatal.</summary>
internal static class ChartStage
{
    internal sealed record Result(IReadOnlyDictionary<string, string> Svgs, IReadOnlyDictionary<string, string> Problems, IReadOnlyList<ChartOutput> Outputs, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(
        VegaChartRenderer renderer,
        IReadOnlyList<ChartBlock> charts,
        string chartsDirectory,
        IReadOnlyDictionary<string, string> specPaths,
        Action<ReportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var svgs = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var outputs = new List<ChartOutput>();
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            progress?.Invoke(new ReportProgress("charts", i, charts.Count, $"Drawing chart {i + 1} of {charts.Count}: {chart.Id}"));
            try
            {
                var rendered = await renderer.RenderAsync(chart.Id, chart.Spec, cancellationToken).ConfigureAwait(false);
                var svgPath = Path.Combine(chartsDirectory, chart.Id + ".svg");
                var pngPath = Path.Combine(chartsDirectory, chart.Id + ".png");
                await File.WriteAllTextAsync(svgPath, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + rendered.Svg + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                await File.WriteAllBytesAsync(pngPath, rendered.Png, cancellationToken).ConfigureAwait(false);
                svgs[chart.Id] = rendered.Svg;
                outputs.Add(new ChartOutput(chart.Id, specPaths[chart.Id], svgPath, pngPath, rendered.Elapsed, null));
            }
            catch (ChartRenderException e)
            {
                problems[chart.Id] = e.Message;
                outputs.Add(new ChartOutput(chart.Id, specPaths[chart.Id], null, null, null, e.Message));
            }
        }

        progress?.Invoke(new ReportProgress("charts", charts.Count, charts.Count, $"Drew {svgs.Count} of {charts.Count} charts"));
        return new Result(svgs, problems, outputs, clock.Elapsed);
    }
}
