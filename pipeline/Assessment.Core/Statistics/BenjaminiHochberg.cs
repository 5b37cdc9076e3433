namespace Assessment.Core.Statistics;

/// <summary>
/// Benjamini–Hochberg (1995) false-discovery-rate adjustment, as <c>scipy.stats.false_discovery_control(p, method='bh')</c>.
/// </summary>
public static class BenjaminiHochberg
{
    /// <summary>
    /// Adjusted p-values (q-values) in input order: with p₍₁₎ ≤ … ≤ p₍ₘ₎, q₍ᵢ₎ = min_{j ≥ i} min(1, m·p₍ⱼ₎/j).
    /// Monotone in p, never below p, capped at 1; tied p-values get equal q. Rejecting every test with
    /// q ≤ α controls the FDR at α for independent (or positively dependent) tests.
    /// NaN p-values (tests that could not be run) stay NaN and are left out of m. Empty input gives an
    /// empty array; a single p-value is returned unchanged.
    /// </summary>
    /// <param name="pValues">One p-value per test, each in [0, 1] or NaN for a test that could not be run.</param>
    /// <returns>A new array of the same length as <paramref name="pValues"/>, in the same order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A p-value outside [0, 1]; the message gives its position.</exception>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var (adjusted, order) = PValueOrder.Sorted(pValues);
        var m = order.Length;
        var running = double.PositiveInfinity;
        for (var rank = m; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            // scipy multiplies by m / i, in that order.
            running = Math.Min(running, pValues[index] * ((double)m / rank));
            adjusted[index] = Math.Min(1, running);
        }

        return adjusted;
    }
}
