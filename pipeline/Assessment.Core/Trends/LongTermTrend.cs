using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>
/// Mann–Kendall tests of every series over its usable months (the seasonal variant from two years of usable months),
/// Sen's slope per month, and Benjamini–Hochberg q-values across the tests that ran.
/// </summary>
internal static class LongTermTrend
{
    public static IReadOnlyList<LongTermTrendFinding> Analyse(IReadOnlyList<CountSeries> series, MonthFrame frame, TrendOptions options)
    {
        var findings = series.Select(s => One(s, frame, options)).ToList();
        var qValues = BenjaminiHochberg.Adjust([.. findings.Select(f => f.PValue)]);
        return [.. findings.Select((f, i) =>
        {
            if (f.Method == TrendMethod.NotComputed) return f;
            var verdict = qValues[i] <= options.FalseDiscoveryRate && f.Z != 0
                ? f.Z > 0 ? TrendVerdict.Increasing : TrendVerdict.Decreasing
                : TrendVerdict.NoClearTrend;
            return f with { QValue = qValues[i], Verdict = verdict };
        })];
    }

    private static LongTermTrendFinding One(CountSeries series, MonthFrame frame, TrendOptions options)
    {
        var months = frame.SeriesMonths;
        var span = months.Count > 0 ? new MonthRange(months[0], months[^1]) : (MonthRange?)null;
        var values = frame.UsableValues(series);
        var present = values.Count(v => !double.IsNaN(v));
        if (present < options.MinimumTrendMonths)
        {
            return new LongTermTrendFinding(series.Key, TrendMethod.NotComputed, present, span, null, null, null, false, double.NaN, TrendVerdict.NotTested,
                new LongTermTrendNote(LongTermTrendNoteKind.TooFewMonths, present, options.MinimumTrendMonths));
        }

        if (present < options.SeasonalTrendMonths)
        {
            var plain = MannKendall.Test(values);
            var sen = SenSlope.Estimate(values, options.ConfidenceLevel);
            return new LongTermTrendFinding(series.Key, TrendMethod.MannKendall, present, span, plain, null, sen, false, double.NaN, TrendVerdict.NoClearTrend,
                new LongTermTrendNote(LongTermTrendNoteKind.NotSeasonal, present, options.SeasonalTrendMonths));
        }

        var seasonal = SeasonalMannKendall.Test(values);
        var indices = SeasonalIndex.Compute(values, months[0]);
        var slopeValues = indices.IsComputed ? indices.Deseasonalise(values, months[0]) : values;
        var slope = SenSlope.Estimate(slopeValues, options.ConfidenceLevel);
        var note = indices.IsComputed ? null : new LongTermTrendNote(LongTermTrendNoteKind.SlopeOnRawCounts, present, 0);
        return new LongTermTrendFinding(series.Key, TrendMethod.SeasonalMannKendall, present, span, null, seasonal, slope, indices.IsComputed, double.NaN, TrendVerdict.NoClearTrend, note);
    }
}
