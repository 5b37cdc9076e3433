namespace Assessment.Core.Statistics;

/// <summary>
/// Sen's (1968) slope: the median of all pairwise slopes, a robust trend size to report beside a Mann–Kendall
/// test (METHODS.md §2.3). Computed exactly as <c>scipy.stats.theilslopes(y, x, alpha)</c>.
/// </summary>
public static class SenSlope
{
    /// <summary>Slope per step for values observed at x = 0, 1, 2, … (NaN values are missing months and are skipped, keeping their x).</summary>
    /// <param name="values">One value per equally spaced period, oldest first; NaN for a missing one.</param>
    /// <param name="confidenceLevel">Two-sided confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <returns>The slope in value units per period (per month for monthly data), its intercept and interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static SenSlopeResult Estimate(IReadOnlyList<double> values, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Estimate([.. Enumerable.Range(0, values.Count).Select(i => (double)i)], values, confidenceLevel);
    }

    /// <summary>
    /// Slope of <paramref name="values"/> against <paramref name="x"/> (e.g. month ordinals with gaps).
    /// </summary>
    /// <remarks>
    /// Slopes (y_j − y_i)/(x_j − x_i) over pairs with x_j &gt; x_i; slope = their median. Interval (Sen 1968,
    /// eq. 2.6): C = z_{1−α/2}·√Var with Var = [n(n−1)(2n+5) − Σ ties in x − Σ ties in y]/18, N′ slopes
    /// sorted, lower = slope at rank round((N′ − C)/2), upper = slope at rank round((N′ + C)/2) + 1 (1-based,
    /// rounding half to even, ranks clamped to 1..N′), which is METHODS.md's [slope₍M₁₎, slope₍M₂+1₎]. Pairs
    /// with a NaN value are dropped. Fewer than two distinct x: all results NaN. A constant series gives slope
    /// 0 and interval [0, 0].
    /// </remarks>
    /// <param name="x">Position of each value (e.g. month ordinals), finite; same length as <paramref name="values"/>.</param>
    /// <param name="values">The observations; NaN for a missing one (its x is then ignored).</param>
    /// <param name="confidenceLevel">Two-sided confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <returns>The slope in value units per unit of x, its intercept and interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, the x of a present value is not finite, or a value is infinite.</exception>
    public static SenSlopeResult Estimate(IReadOnlyList<double> x, IReadOnlyList<double> values, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(values);
        if (x.Count != values.Count) throw new ArgumentException(FormattableString.Invariant($"Got {x.Count} x values for {values.Count} values."), nameof(x));
        Guard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));

        var points = Enumerable.Range(0, x.Count).Where(i => !double.IsNaN(values[i])).Select(i => (X: x[i], Y: values[i])).ToArray();
        if (points.Any(p => !double.IsFinite(p.X) || double.IsInfinity(p.Y)))
            throw new ArgumentException("x and values must be finite (NaN in values marks a missing observation).", nameof(values));

        var slopes = PairwiseSlopes(points);

        if (slopes.Count == 0) return Result(slopes, points, new SlopeConfidenceSet(new ConfidenceInterval(double.NaN, double.NaN), false, false), confidenceLevel, SlopeEstimator.Sen);

        double n = points.Length;
        var variance = (n * (n - 1) * (2 * n + 5) - TieTerm(points.Select(p => p.X)) - TieTerm(points.Select(p => p.Y))) / 18.0;
        // scipy: alpha = 1 − level, z = Φ⁻¹(alpha/2) < 0.
        var z = StandardNormal.Quantile((1 - confidenceLevel) / 2);
        var sigma = Math.Sqrt(variance);
        var count = slopes.Count;
        var upperIndex = Math.Min((int)Math.Round((count - z * sigma) / 2, MidpointRounding.ToEven), count - 1);
        var lowerIndex = Math.Max((int)Math.Round((count + z * sigma) / 2, MidpointRounding.ToEven) - 1, 0);
        var interval = new ConfidenceInterval(slopes[lowerIndex], slopes[upperIndex]);
        return Result(slopes, points, new SlopeConfidenceSet(interval, false, false), confidenceLevel, SlopeEstimator.Sen);
    }

    /// <summary>
    /// Sen's slope of values at x = 0, 1, 2, … with the interval that inverts the Mann–Kendall test of the same values
    /// (<see cref="KendallSlopeInterval"/>), so the interval excludes 0 exactly when <see cref="MannKendall.Test"/>'s
    /// p-value is below 1 − <paramref name="confidenceLevel"/>.
    /// </summary>
    /// <remarks>
    /// The slope and intercept are those of <see cref="Estimate(IReadOnlyList{double}, double)"/>; only the interval's
    /// ranks differ (Gilbert's ranks taken outwards instead of rounded, see <see cref="KendallSlopeInterval.Invert"/>).
    /// NaN values are missing months: skipped, keeping the x of the others. Fewer than two present values: NaN results.
    /// </remarks>
    /// <param name="values">One value per equally spaced period, oldest first; NaN for a missing one.</param>
    /// <param name="confidenceLevel">Two-sided level, strictly between 0 and 1.</param>
    /// <returns>The slope per period, intercept, interval (with open-bound flags) and pair count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static SenSlopeResult EstimateDualToTest(IReadOnlyList<double> values, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(values);
        Guard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        var present = MannKendall.Present(values);
        var points = Enumerable.Range(0, values.Count).Where(i => !double.IsNaN(values[i])).Select(i => ((double)i, values[i])).ToArray();
        var slopes = PairwiseSlopes(points);
        var set = KendallSlopeInterval.Invert(slopes, MannKendall.FromPresent(present).VarianceS, confidenceLevel);
        return Result(slopes, points, set, confidenceLevel, SlopeEstimator.Sen);
    }

    /// <summary>The result for <paramref name="slopes"/> (sorted) of <paramref name="points"/>, with the given interval.</summary>
    internal static SenSlopeResult Result(List<double> slopes, IReadOnlyList<(double X, double Y)> points, SlopeConfidenceSet set, double confidenceLevel, SlopeEstimator estimator)
    {
        var slope = SampleMedian.Of(slopes);
        var intercept = SampleMedian.Of(points.Select(p => p.Y)) - slope * SampleMedian.Of(points.Select(p => p.X));
        return new SenSlopeResult(slope, intercept, set.Interval, slopes.Count, confidenceLevel)
        {
            LowerOpen = set.LowerOpen,
            UpperOpen = set.UpperOpen,
            Estimator = estimator,
        };
    }

    /// <summary>(y_j − y_i)/(x_j − x_i) over the pairs with x_j &gt; x_i, ascending.</summary>
    internal static List<double> PairwiseSlopes(IReadOnlyList<(double X, double Y)> points)
    {
        var slopes = new List<double>();
        foreach (var a in points)
        foreach (var b in points)
            if (b.X > a.X) slopes.Add((b.Y - a.Y) / (b.X - a.X));
        slopes.Sort();
        return slopes;
    }

    private static double TieTerm(IEnumerable<double> values)
    {
        double sum = 0;
        foreach (var group in values.GroupBy(v => v))
        {
            double t = group.Count();
            sum += t * (t - 1) * (2 * t + 5);
        }

        return sum;
    }
}
