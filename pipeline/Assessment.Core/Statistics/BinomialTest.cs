using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>Exact binomial test, two-sided, computed exactly as <c>scipy.stats.binomtest</c> (scipy 1.10).</summary>
public static class BinomialTest
{
    // scipy's tolerance for "as probable as the observed outcome": pmf(i) ≤ pmf(k)·(1 + 1e-7).
    private const double RelativeErrorAllowance = 1 + 1e-7;

    /// <summary>
    /// Two-sided p-value for <paramref name="successes"/> out of <paramref name="trials"/> when the success
    /// probability is <paramref name="probability"/>: the total probability of all outcomes no more likely
    /// than the observed one, P = Σ_{i : pmf(i) ≤ pmf(k)(1+10⁻⁷)} pmf(i), capped at 1.
    /// </summary>
    /// <remarks>
    /// Follows scipy's algorithm step for step (binary search for the first outcome on the far side of the
    /// mode that is no more likely, then one cdf and one survival term), so results agree with scipy to
    /// about 1e-12 relative. Tail terms are computed with relative accuracy down to the smallest normal double
    /// (≈2.2e-308); below that they underflow gradually to 0, as scipy's do. Zero trials give 1 (nothing
    /// observed is evidence of nothing; scipy rejects n = 0).
    /// </remarks>
    /// <param name="successes">k, the observed number of successes, 0 ≤ k ≤ n.</param>
    /// <param name="trials">n, the number of trials, 0 or more.</param>
    /// <param name="probability">Success probability under H₀, in [0, 1].</param>
    /// <returns>The two-sided p-value in [0, 1]; 1 when k equals the expected count n·p exactly.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Counts negative, successes above trials, or probability outside [0, 1].</exception>
    public static double TwoSidedPValue(long successes, long trials, double probability)
    {
        if (trials < 0) throw new ArgumentOutOfRangeException(nameof(trials), trials, "Trials must be non-negative.");
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, FormattableString.Invariant($"Successes must be between 0 and the number of trials ({trials})."));
        if (!(probability is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "Probability must be in [0, 1].");
        if (trials == 0) return 1;

        long k = successes, n = trials;
        var p = probability;
        var d = BinomialDistribution.Pmf(k, n, p);
        var expected = p * n;
        if (k == expected) return 1;

        double pValue;
        if (k < expected)
        {
            var ix = SearchDescending(d * RelativeErrorAllowance, (long)Math.Ceiling(expected), n, n, p);
            var y = n - ix + (d * RelativeErrorAllowance == BinomialDistribution.Pmf(ix, n, p) ? 1 : 0);
            pValue = BinomialDistribution.Cdf(k, n, p) + BinomialDistribution.Sf(n - y, n, p);
        }
        else
        {
            var ix = SearchAscending(d * RelativeErrorAllowance, 0, (long)Math.Floor(expected), n, p);
            var y = ix + 1;
            pValue = BinomialDistribution.Cdf(y - 1, n, p) + BinomialDistribution.Sf(k - 1, n, p);
        }

        return Math.Min(1.0, pValue);
    }

    /// <summary>scipy's _binary_search_for_binom_tst over a(i) = pmf(i), increasing on lo..hi (below the mode).</summary>
    private static long SearchAscending(double target, long lo, long hi, long n, double p) =>
        BinarySearch(i => BinomialDistribution.Pmf(i, n, p), target, lo, hi);

    /// <summary>The same search over a(i) = −pmf(i), increasing on lo..hi (above the mode).</summary>
    private static long SearchDescending(double target, long lo, long hi, long n, double p) =>
        BinarySearch(i => -BinomialDistribution.Pmf(i, n, p), -target, lo, hi);

    private static long BinarySearch(Func<long, double> a, double d, long lo, long hi)
    {
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            var midValue = a(mid);
            if (midValue < d) lo = mid + 1;
            else if (midValue > d) hi = mid - 1;
            else return mid;
        }

        return a(lo) <= d ? lo : lo - 1;
    }
}
