using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>Rolling totals, seasonal indices and the Laney u′-chart of one series (see <see cref="MonthlySeriesFinding"/>).</summary>
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

    private static (ControlChartResult? Chart, MonthRange? Baseline, int Used, ControlChartNote? Note) Chart(
        double[] values, IReadOnlyList<YearMonth> months, MonthFrame frame, MonthRange? requested, TrendOptions options)
    {
        ControlChartNote Note(ControlChartNoteKind kind, MonthRange? baseline, MonthRange? window = null, IReadOnlyList<YearMonth>? usable = null) =>
            new(kind, baseline, window, usable ?? [], options.MinimumBaselineMonths);

        if (months.Count == 0) return (null, requested, 0, Note(ControlChartNoteKind.NoMonthsLoaded, requested));
        var baseline = requested;
        if (baseline is null)
        {
            if (months[0] >= frame.Period.Current.First)
                return (null, null, 0, Note(ControlChartNoteKind.NoEarlierMonth, null));
            baseline = new MonthRange(months[0], frame.Period.Current.First.AddMonths(-1));
        }

        var first = baseline.Value.First > months[0] ? baseline.Value.First : months[0];
        var last = baseline.Value.Last < months[^1] ? baseline.Value.Last : months[^1];
        if (first > last) return (null, baseline, 0, Note(ControlChartNoteKind.NoMonthInBaseline, baseline));

        var start = first.MonthsSince(months[0]);
        var length = last.MonthsSince(first) + 1;
        var usable = Enumerable.Range(start, length).Where(i => !double.IsNaN(values[i])).ToList();
        var window = new MonthRange(first, last);
        var usableMonths = usable.Select(i => months[i]).ToArray();
        if (usable.Count < options.MinimumBaselineMonths)
            return (null, baseline, usable.Count, Note(ControlChartNoteKind.TooFewBaselineMonths, baseline, window, usableMonths));
        if (usable.All(i => values[i] == 0))
            return (null, baseline, usable.Count, Note(ControlChartNoteKind.EmptyBaseline, baseline, window, usableMonths));

        if (!usable.Any(i => i > start && !double.IsNaN(values[i - 1])))
            return (null, baseline, usable.Count, Note(ControlChartNoteKind.NoConsecutiveBaselineMonths, baseline, window, usableMonths));

        var chart = ControlChart.LaneyUChart(values, Enumerable.Repeat(1.0, values.Length).ToArray(), start, length, options.ControlChart);
        return (chart, baseline, usable.Count, null);
    }
}
