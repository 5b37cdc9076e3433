using System.Diagnostics;
using Assessment.Core.Reporting;

namespace Assessment.Browser;

/// <summary>Draws every chart of a report to SVG and PNG in memory; a chart that fails is recorded, not fatal.</summary>
internal static class ChartStage
{
    /// <summary>The drawn charts' SVG by id, the problems by id, one output per chart in report order, and the time taken.</summary>
    internal sealed record Result(IReadOnlyDictionary<string, string> Svgs, IReadOnlyDictionary<string, string> Problems, IReadOnlyList<ChartOutput> Outputs, TimeSpan Elapsed);

    /// <summary>Draws <paramref name="charts"/> one after another with <paramref name="renderer"/>, reporting each to <paramref name="progress"/>.</summary>
    public static async Task<Result> RunAsync(
        VegaChartRenderer renderer,
        IReadOnlyList<ChartBlock> charts,
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
                svgs[chart.Id] = rendered.Svg;
                outputs.Add(new ChartOutput(chart.Id, rendered.Svg, rendered.Png, rendered.Elapsed, null));
            }
            catch (ChartRenderException e)
            {
                problems[chart.Id] = e.Message;
                outputs.Add(new ChartOutput(chart.Id, null, null, null, e.Message));
            }
        }

        progress?.Invoke(new ReportProgress("charts", charts.Count, charts.Count, $"Drew {svgs.Count} of {charts.Count} charts"));
        return new Result(svgs, problems, outputs, clock.Elapsed);
    }
}
