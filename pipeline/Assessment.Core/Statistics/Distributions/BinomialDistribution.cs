namespace Assessment.Core.Statistics.Distributions;

/// <summary>Binomial(n, p) probabilities with the same conventions as scipy.stats.binom.</summary>
internal static class BinomialDistribution
{
    /// <summary>P(X = k); 0 outside 0..n.</summary>
    public static double Pmf(long k, long n, double p) =>
        k < 0 || k > n ? 0 : SaddlePointTerms.BinomialDensity(k, n, p, 1 - p);

    /// <summary>P(X ≤ k) = I_{1−p}(n − k, k + 1); 0 for k &lt; 0, 1 for k ≥ n.</summary>
    public static double Cdf(long k, long n, double p)
    {
        if (k < 0) return 0;
        if (k >= n) return 1;
        return IncompleteBeta.Regularized(n - k, k + 1, 1 - p, p);
    }

    /// <summary>P(X &gt; k) = I_p(k + 1, n − k); 1 for k &lt; 0, 0 for k ≥ n.</summary>
    public static double Sf(long k, long n, double p)
    {
        if (k < 0) return 1;
        if (k >= n) return 0;
        return IncompleteBeta.Regularized(k + 1, n - k, p, 1 - p);
    }
}
