using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>
/// Mann–Kendall tests of every series over its usable months (the seasonal variant from two years of usable months),
/// Benjamini–Hochberg q-values across the tests that ran, and a slope per month whose interval is dual to the verdict.
/// </summary>
/// <remarks>
/// The slope is the seasonal Kendall slope (Hirsch, Slack &amp; Smith 1982) for a seasonal test and Sen's (1968) slope
/// for a plain one, each with the interval that inverts its own test (<see cref="KendallSlopeInterval"/>). The
/// interval's level is the false-coverage-rate adjusted level of Benjamini &amp; Yekutieli (2005, JASA 100, 71–81):
/// 1 − max(R, 1)·α/m, with m tests, R of them significant at false-discovery rate α. Benjamini–Hochberg rejects a test
/// exactly when its p ≤ R·α/m (and no p is ≤ α/m when R = 0), so every interval excludes 0 exactly when its verdict is
/// significant: "no clear trend" never stands beside an interval that excludes 0. A series with a run of unusable
/// months longer than <see cref="TrendOptions.MaximumTrendGapMonths"/> is not tested: a trend across it would compare
/// different parts of the year.
/// </remarks>
internal static class LongTermTrend
{
    public static IReadOnlyList<LongTermTrendFinding> Analyse(IReadOnlyList<CountSeries> series, MonthFrame frame, TrendOptions options)
    {
        var tested = series.Select(s => (Values: frame.UsableValues(s), Finding: Test(s, frame, options))).ToList();
        var qValues = BenjaminiHochberg.Adjust([.. tested.Select(t => t.Finding.PValue)]);
        var computed = tested.Count(t => t.Finding.Method != TrendMethod.NotComputed);
        var significant = qValues.Count(q => q <= options.FalseDiscoveryRate);
        var level = SlopeIntervalLevel(significant, computed, options.FalseDiscoveryRate);
        return [.. tested.Select((t, i) =>
        {
            var f = t.Finding;
            if (f.Method == TrendMethod.NotComputed) return f;
            var verdict = qValues[i] <= options.FalseDiscoveryRate && f.Z != 0
                ? f.Z > 0 ? TrendVerdict.Increasing : TrendVerdict.Decreasing
                : TrendVerdict.NoClearTrend;
            var slope = f.Method == TrendMethod.SeasonalMannKendall
                ? SeasonalKendallSlope.Estimate(t.Values, 12, level)
                : SenSlope.EstimateDualToTest(t.Values, level);
            return f with { QValue = qValues[i], Verdict = verdict, Sen = slope };
        })];
    }

    /// <summary>1 − max(R, 1)·α/m: the level at which each interval is dual to the Benjamini–Hochberg verdict.</summary>
    internal static double SlopeIntervalLevel(int significant, int tests, double falseDiscoveryRate) =>
        tests == 0 ? double.NaN : 1 - Math.Max(significant, 1) * falseDiscoveryRate / tests;

    private static LongTermTrendFinding Test(CountSeries series, MonthFrame frame, TrendOptions options)
    {
        var months = frame.SeriesMonths;
        var span = months.Count > 0 ? new MonthRange(months[0], months[^1]) : (MonthRange?)null;
        var values = frame.UsableValues(series);
        var present = values.Count(v => !double.IsNaN(v));
        LongTermTrendFinding NotComputed(LongTermTrendNote note) =>
            new(series.Key, TrendMethod.NotComputed, present, span, null, null, null, double.NaN, TrendVerdict.NotTested, note);

        if (present < options.MinimumTrendMonths)
            return NotComputed(new LongTermTrendNote(LongTermTrendNoteKind.TooFewMonths, present, options.MinimumTrendMonths));
        if (LongestGap(values) is { } gap && gap.Length > options.MaximumTrendGapMonths)
        {
            var range = new MonthRange(months[gap.Start], months[gap.Start + gap.Length - 1]);
            return NotComputed(new LongTermTrendNote(LongTermTrendNoteKind.GapInSeries, present, options.MaximumTrendGapMonths) { Gap = range });
        }

        if (present < options.SeasonalTrendMonths)
        {
            return new LongTermTrendFinding(series.Key, TrendMethod.MannKendall, present, span, MannKendall.Test(values), null, null, double.NaN, TrendVerdict.NoClearTrend,
                new LongTermTrendNote(LongTermTrendNoteKind.NotSeasonal, present, options.SeasonalTrendMonths));
        }

        return new LongTermTrendFinding(series.Key, TrendMethod.SeasonalMannKendall, present, span, null, SeasonalMannKendall.Test(values), null, double.NaN, TrendVerdict.NoClearTrend, null);
    }

    /// <summary>The longest run of missing (NaN) values between the first and the last present one; null when there is none.</summary>
    internal static (int Start, int Length)? LongestGap(IReadOnlyList<double> values)
    {
        (int Start, int Length)? longest = null;
        var seenPresent = false;
        for (var i = 0; i < values.Count;)
        {
            if (!double.IsNaN(values[i]))
            {
                seenPresent = true;
                i++;
                continue;
            }

            var end = i;
            while (end < values.Count && double.IsNaN(values[end])) end++;
            // A run that starts the series or ends it is not between present values: nothing is compared across it.
            if (seenPresent && end < values.Count && (longest is null || end - i > longest.Value.Length)) longest = (i, end - i);
            i = end;
        }

        return longest;
    }
}
