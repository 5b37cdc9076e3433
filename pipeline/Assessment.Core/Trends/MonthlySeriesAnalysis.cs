using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>Rolling totals, seasonal indices and the c-chart of one series (see <see cref="MonthlySeriesFinding"/>).</summary>
internal static class MonthlySeriesAnalysis
{
    public static MonthlySeriesFinding Analyse(CountSeries series, MonthFrame frame, MonthRange? requestedBaseline, TrendOptions options)
    {
        var months = frame.SeriesMonths;
        var values = frame.UsableValues(series);
        var rolling = RollingTotal.Compute(values, 12);
        var seasonal = SeasonalIndex.Compute(values, months.Count > 0 ? months[0] : frame.Period.Current.First);
        var (chart, baseline, used, note) = Chart(values, months, frame, requestedBaseline, options);

        var points = new MonthlyPoint[months.Count];
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            points[i] = new MonthlyPoint(month, frame.StatusOf(month), frame.IsLoaded(month) ? series.At(month) : null, rolling[i],
                seasonal.IsComputed ? seasonal.For(month.Month) : null, chart?.Points[i]);
        }

        return new MonthlySeriesFinding(series.Key, points, seasonal, chart, baseline, used, note);
    }

    private static (ControlChartResult? Chart, MonthRange? Baseline, int Used, string? Note) Chart(
        double[] values, IReadOnlyList<YearMonth> months, MonthFrame frame, MonthRange? requested, TrendOptions options)
    {
        if (months.Count == 0) return (null, requested, 0, "No months are loaded, so there is no control chart.");
        var baseline = requested;
        if (baseline is null)
        {
            if (months[0] >= frame.Period.Current.First)
                return (null, null, 0, "No month before the assessment period is loaded, so there is no baseline to set control limits from.");
            baseline = new MonthRange(months[0], frame.Period.Current.First.AddMonths(-1));
        }

        var first = baseline.Value.First > months[0] ? baseline.Value.First : months[0];
        var last = baseline.Value.Last < months[^1] ? baseline.Value.Last : months[^1];
        if (first > last)
        {
            // A baseline configured without a first month starts at year 1 and is meant to reach back to the earliest data.
            var requestedText = baseline.Value.First.Year == 1 ? $"months up to {baseline.Value.Last.ToLongString()}" : baseline.Value.ToLongString();
            return (null, baseline, 0, $"No loaded month falls in the baseline ({requestedText}), so there are no control limits.");
        }

        var start = first.MonthsSince(months[0]);
        var length = last.MonthsSince(first) + 1;
        var usable = Enumerable.Range(start, length).Where(i => !double.IsNaN(values[i])).ToList();
        var text = usable.Count == 0 ? new MonthRange(first, last).ToLongString() : MonthListText.Describe(usable.Select(i => months[i]));
        if (usable.Count < options.MinimumBaselineMonths)
            return (null, baseline, usable.Count,
                $"Control limits need at least {options.MinimumBaselineMonths} usable baseline months; {usable.Count} available ({text}).");
        if (usable.All(i => values[i] == 0))
            return (null, baseline, usable.Count, $"The baseline ({text}) has no records, so no control limits can be set.");

        var chart = ControlChart.CChart(values, start, length, options.ControlChart);
        var note = usable.Count < options.AdequateBaselineMonths
            ? $"The control limits come from only {usable.Count} usable baseline months ({text}), so they are provisional."
            : null;
        return (chart, baseline, usable.Count, note);
    }
}
