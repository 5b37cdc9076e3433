namespace Assessment.Core.Statistics;

/// <summary>
/// The confidence interval for a Sen or seasonal Kendall slope that is the exact inversion of the continuity-corrected
/// Mann–Kendall test with the same Var(S), so that the interval excludes 0 exactly when that test rejects at the same level.
/// </summary>
/// <remarks>
/// Gilbert (1987), <i>Statistical Methods for Environmental Pollution Monitoring</i>, §16.5.1 (Sen's slope) and §17.3.2
/// (seasonal Kendall slope, with N′ and Var(S) summed over seasons): with C = z_{1−α/2}·√Var(S), M₁ = (N′ − C)/2 and
/// M₂ = (N′ + C)/2, the interval runs from the M₁-th to the (M₂ + 1)-th smallest pairwise slope. Gilbert rounds the
/// ranks to the nearest integer; here the interval is taken as the set it approximates, {β : |S(β)| − 1 ≤ C}, where
/// S(β) = #{slopes &gt; β} − #{slopes &lt; β} is the test's S for the series with β·x subtracted (within-season pairs for
/// the seasonal slope). Without tied slopes the bounds are Gilbert's ranks rounded to the nearest integer (as scipy's
/// <c>theilslopes</c> rounds them); with ties they are computed from the counts directly. S(0) is the test's S, so 0
/// lies outside the set exactly when |S| − 1 &gt; C, i.e. when the test's two-sided p is below 1 − level. Because S is
/// a step function the set can be open at a bound: when S(v) is past the threshold at a slope value v but S just
/// beyond v is not, every β just beyond v is in the set and v is not (<see cref="SlopeConfidenceSet.LowerOpen"/>).
/// That matters to a reader only when the open bound is 0.
/// </remarks>
public static class KendallSlopeInterval
{
    /// <summary>The set of slopes the test does not reject at <paramref name="confidenceLevel"/>.</summary>
    /// <param name="sortedSlopes">The N′ pairwise slopes (x_j &gt; x_i; within seasons for the seasonal slope), ascending, finite.</param>
    /// <param name="varianceS">The test's tie-corrected Var(S) (summed over seasons for the seasonal test), ≥ 0.</param>
    /// <param name="confidenceLevel">Two-sided level, strictly between 0 and 1.</param>
    /// <returns>
    /// The interval with flags for open bounds. Bounds are −∞/+∞ when N′ ≤ C + 1 (too few pairs to bound the slope at
    /// this level); NaN when there is no slope.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1, or the variance is negative or NaN.</exception>
    /// <exception cref="ArgumentException">The slopes are not ascending or not finite.</exception>
    public static SlopeConfidenceSet Invert(IReadOnlyList<double> sortedSlopes, double varianceS, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(sortedSlopes);
        Guard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        if (!(varianceS >= 0)) throw new ArgumentOutOfRangeException(nameof(varianceS), varianceS, "Var(S) must be 0 or more.");
        for (var i = 0; i < sortedSlopes.Count; i++)
        {
            if (!double.IsFinite(sortedSlopes[i]) || (i > 0 && sortedSlopes[i] < sortedSlopes[i - 1]))
                throw new ArgumentException(FormattableString.Invariant($"Slope {i} is not finite or not in ascending order."), nameof(sortedSlopes));
        }

        var n = sortedSlopes.Count;
        if (n == 0) return new SlopeConfidenceSet(new ConfidenceInterval(double.NaN, double.NaN), false, false);

        var threshold = StandardNormal.CriticalValue(confidenceLevel) * Math.Sqrt(varianceS) + 1;
        double lower = double.NegativeInfinity, upper = double.PositiveInfinity;
        bool lowerOpen = false, upperOpen = false;

        // Ascending over distinct values v: below = #{slopes < v}, tied = #{slopes = v}, above = the rest.
        if (n > threshold)
        {
            for (var start = 0; start < n;)
            {
                var end = Next(sortedSlopes, start);
                int below = start, tied = end - start, above = n - end;
                if (above - below - tied <= threshold)
                {
                    lower = sortedSlopes[start];
                    lowerOpen = above - below > threshold;
                    break;
                }

                start = end;
            }

            for (var start = n - 1; start >= 0;)
            {
                var end = Previous(sortedSlopes, start);
                int above = n - 1 - start, tied = start - end, below = end + 1;
                if (above + tied - below >= -threshold)
                {
                    upper = sortedSlopes[start];
                    upperOpen = above - below < -threshold;
                    break;
                }

                start = end;
            }
        }

        return new SlopeConfidenceSet(new ConfidenceInterval(lower, upper), lowerOpen, upperOpen);
    }

    private static int Next(IReadOnlyList<double> sorted, int start)
    {
        var end = start + 1;
        while (end < sorted.Count && sorted[end] == sorted[start]) end++;
        return end;
    }

    private static int Previous(IReadOnlyList<double> sorted, int start)
    {
        var end = start - 1;
        while (end >= 0 && sorted[end] == sorted[start]) end--;
        return end;
    }
}
