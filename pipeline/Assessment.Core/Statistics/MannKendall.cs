namespace Assessment.Core.Statistics;

/// <summary>
/// Mann–Kendall test for a monotonic trend (Mann 1945, Kendall 1975; as in Gilbert 1987, ch. 16), METHODS.md §2.3.
/// </summary>
public static class MannKendall
{
    /// <summary>
    /// S = Σ_{i&lt;j} sgn(x_j − x_i); Var(S) = [n(n−1)(2n+5) − Σ_p t_p(t_p−1)(2t_p+5)]/18 over tie groups of size t_p;
    /// Z continuity-corrected; two-sided normal p-value; τ_a and τ_b.
    /// </summary>
    /// <remarks>
    /// Values are taken in time order; NaN marks a missing month and is dropped (the order of the rest is
    /// kept). Fewer than two values: S = 0, Var = 0, Z = 0, p = 1, τ NaN. A constant series: S = 0, Var = 0,
    /// Z = 0, p = 1, τ_a = 0, τ_b NaN. No correction for autocorrelation is made: monthly crime counts with
    /// strong seasonality should use <see cref="SeasonalMannKendall"/>. O(n²), fine for a few hundred months.
    /// </remarks>
    /// <param name="values">One value per equally spaced period (e.g. monthly counts), oldest first; NaN for a missing period.</param>
    /// <returns>n, S, Var(S), Z, the two-sided p-value and Kendall's τ_a and τ_b.</returns>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static MannKendallResult Test(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var x = Present(values);
        return FromPresent(x);
    }

    internal static double[] Present(IReadOnlyList<double> values)
    {
        var present = new List<double>(values.Count);
        foreach (var v in values)
        {
            if (double.IsInfinity(v)) throw new ArgumentException("Values must be finite (NaN marks a missing month).", nameof(values));
            if (!double.IsNaN(v)) present.Add(v);
        }

        return [.. present];
    }

    internal static MannKendallResult FromPresent(double[] x)
    {
        var n = x.Length;
        long s = 0;
        for (var i = 0; i < n - 1; i++)
        for (var j = i + 1; j < n; j++)
            s += Math.Sign(x[j] - x[i]);

        var (tieTerm, tiedPairs) = Ties(x);
        var variance = ((double)n * (n - 1) * (2 * n + 5) - tieTerm) / 18.0;
        var z = s == 0 || variance <= 0 ? 0 : (s > 0 ? s - 1 : s + 1) / Math.Sqrt(variance);
        var pValue = z == 0 ? 1 : StandardNormal.TwoSidedPValue(z);
        var pairs = n * (n - 1) / 2.0;
        var tauA = n < 2 ? double.NaN : s / pairs;
        var tauBDenominator = Math.Sqrt(pairs * (pairs - tiedPairs));
        var tauB = tauBDenominator > 0 ? s / tauBDenominator : double.NaN;
        return new MannKendallResult(n, s, variance, z, pValue, tauA, tauB);
    }

    /// <summary>Σ t(t−1)(2t+5) and Σ t(t−1)/2 over groups of equal values.</summary>
    private static (double TieTerm, double TiedPairs) Ties(double[] x)
    {
        var sorted = (double[])x.Clone();
        Array.Sort(sorted);
        double tieTerm = 0, tiedPairs = 0;
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start]) end++;
            double t = end - start;
            tieTerm += t * (t - 1) * (2 * t + 5);
            tiedPairs += t * (t - 1) / 2;
            start = end;
        }

        return (tieTerm, tiedPairs);
    }
}
