using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// How a long-term trend's slope and its interval are written: the estimator's name, the interval with its level (which
/// is adjusted for the number of series tested, so it is rarely a round 95%), and the sentence that explains the level.
/// </summary>
public static class SlopeIntervalWording
{
    /// <summary>"Sen's slope" or "seasonal Kendall slope".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="slope"/> is null.</exception>
    public static string EstimatorName(SenSlopeResult slope)
    {
        ArgumentNullException.ThrowIfNull(slope);
        return slope.Estimator == SlopeEstimator.SeasonalKendall ? "seasonal Kendall slope" : "Sen's slope";
    }

    /// <summary>
    /// A confidence level with as many decimals as it needs, up to two: 0.95 → "95%", 0.99722 → "99.7%", 0.9995 → "99.95%".
    /// </summary>
    public static string Level(double level)
    {
        var percent = level * 100;
        if (Math.Abs(percent - Math.Round(percent)) < 1e-9) return ReportNumbers.Format(level, new NumberFormat(0, Percent: true));
        // One decimal unless it would round the level up to 100%.
        var decimals = Math.Round(percent, 1, MidpointRounding.AwayFromZero) < 100 ? 1 : 2;
        return ReportNumbers.Format(level, new NumberFormat(decimals, Percent: true));
    }

    /// <summary>
    /// "99.7% CI −0.5 to +2.9"; "99.7% CI above 0.0 to +2.9" when the lower bound is 0 and open (0 itself is just outside
    /// the interval; likewise "below 0.0" for the upper); "99.7% CI: too few months to bound the slope" when a bound is
    /// infinite.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="slope"/> is null.</exception>
    public static string Interval(SenSlopeResult slope)
    {
        ArgumentNullException.ThrowIfNull(slope);
        var level = Level(slope.ConfidenceLevel);
        var interval = slope.SlopeInterval;
        if (double.IsInfinity(interval.Lower) || double.IsInfinity(interval.Upper)) return $"{level} CI: too few months to bound the slope";
        // An open bound is said only where it decides whether 0 is in the interval.
        var lower = (slope.LowerOpen && interval.Lower == 0 ? "above " : "") + Signed(interval.Lower);
        var upper = (slope.UpperOpen && interval.Upper == 0 ? "below " : "") + Signed(interval.Upper);
        return $"{level} CI {lower} to {upper}";
    }

    /// <summary>
    /// The sentence that explains the intervals' level, e.g. "Each slope's interval is at the 99.7% level, which allows
    /// for the 18 series tested (Benjamini and Yekutieli's false-coverage adjustment), so it excludes 0 exactly when the
    /// trend is significant." Empty when no slope was estimated.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="trends"/> is null.</exception>
    public static string LevelSentence(IReadOnlyList<LongTermTrendFinding> trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var level = trends.Select(t => t.Sen?.ConfidenceLevel).FirstOrDefault(l => l is not null);
        if (level is null) return "";
        var tested = trends.Count(t => t.Method != TrendMethod.NotComputed);
        return $"Each slope's interval is at the {Level(level.Value)} level, which allows for the {tested:N0} series tested (Benjamini and Yekutieli's false-coverage adjustment), so it excludes 0 exactly when the trend is significant.";
    }

    /// <summary>
    /// A slope or bound per month, signed, to one decimal ("+10.2"), or to two significant figures when one decimal
    /// would print a value that is not 0 as 0.0 ("+0.042"): a bound that excludes 0 must never read as 0.
    /// </summary>
    public static string Signed(double value)
    {
        if (!double.IsFinite(value) || value == 0 || Math.Abs(value) >= 0.05) return ReportNumbers.Format(value, new NumberFormat(1, Signed: true));
        var decimals = Math.Min(12, 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        return ReportNumbers.Format(value, new NumberFormat(decimals, Signed: true));
    }
}
