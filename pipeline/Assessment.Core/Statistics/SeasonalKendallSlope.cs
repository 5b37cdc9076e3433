namespace Assessment.Core.Statistics;

/// <summary>
/// The seasonal Kendall slope estimator (Hirsch, Slack &amp; Smith 1982, <i>Water Resources Research</i> 18(1), 107–121):
/// the median of the slopes between values of the same season (calendar month) only, so a regular seasonal pattern
/// adds nothing to the slope; with the interval that inverts the <see cref="SeasonalMannKendall"/> test.
/// </summary>
public static class SeasonalKendallSlope
{
    /// <summary>
    /// Slope per period of <paramref name="values"/> (value i in season i mod <paramref name="period"/>), with its interval.
    /// </summary>
    /// <remarks>
    /// Pairwise slopes (y_j − y_i)/(j − i) over pairs i &lt; j in the same season; j − i is a multiple of the period, so
    /// the slope is per period (per month for monthly data; Hirsch's per-year slope is 12 times it). Slope = their
    /// median. Interval: Gilbert (1987) §17.3.2, N′ = Σ N′ₛ and Var(S) = Σ Varₛ(S) with each season's tie correction
    /// (as in <see cref="SeasonalMannKendall.Test"/>), computed as the exact inversion of the continuity-corrected
    /// seasonal test (<see cref="KendallSlopeInterval.Invert"/>): it excludes 0 exactly when that test's p-value is below
    /// 1 − <paramref name="confidenceLevel"/>. NaN marks a missing period, skipped within its season. No within-season
    /// pair: NaN results. The intercept is median(y) − slope·median(index) over the present values.
    /// </remarks>
    /// <param name="values">One value per period, oldest first, consecutive periods; NaN for a missing one.</param>
    /// <param name="period">Seasons per cycle, at least 2 (12 for monthly data).</param>
    /// <param name="confidenceLevel">Two-sided level, strictly between 0 and 1.</param>
    /// <returns>The slope per period with <see cref="SlopeEstimator.SeasonalKendall"/>, its interval and N′.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 or the level is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static SenSlopeResult Estimate(IReadOnlyList<double> values, int period, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (period < 2) throw new ArgumentOutOfRangeException(nameof(period), period, "A seasonal slope needs at least 2 seasons per cycle.");
        Guard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        MannKendall.Present(values);

        var slopes = new List<double>();
        double variance = 0;
        for (var season = 0; season < period; season++)
        {
            var points = new List<(double X, double Y)>();
            for (var i = season; i < values.Count; i += period)
                if (!double.IsNaN(values[i])) points.Add((i, values[i]));
            slopes.AddRange(SenSlope.PairwiseSlopes(points));
            variance += MannKendall.FromPresent([.. points.Select(p => p.Y)]).VarianceS;
        }

        slopes.Sort();
        var all = Enumerable.Range(0, values.Count).Where(i => !double.IsNaN(values[i])).Select(i => ((double)i, values[i])).ToArray();
        var set = KendallSlopeInterval.Invert(slopes, variance, confidenceLevel);
        return SenSlope.Result(slopes, all, set, confidenceLevel, SlopeEstimator.SeasonalKendall);
    }
}
