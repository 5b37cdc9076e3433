namespace Assessment.Core.Statistics;

/// <summary>Holm (1979) step-down adjustment, controlling the family-wise error rate.</summary>
public static class Holm
{
    /// <summary>
    /// Adjusted p-values in input order: with p₍₁₎ ≤ … ≤ p₍ₘ₎, q₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎)
    /// (R's <c>p.adjust(method = "holm")</c>). NaN p-values stay NaN and are left out of m; tied p-values get
    /// equal q; empty input gives an empty array.
    /// </summary>
    /// <param name="pValues">One p-value per test, each in [0, 1] or NaN for a test that could not be run.</param>
    /// <returns>A new array of the same length as <paramref name="pValues"/>, in the same order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A p-value outside [0, 1]; the message gives its position.</exception>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var (adjusted, order) = PValueOrder.Sorted(pValues);
        var m = order.Length;
        var running = 0.0;
        for (var rank = 1; rank <= m; rank++)
        {
            var index = order[rank - 1];
            running = Math.Max(running, Math.Min(1, (m - rank + 1) * pValues[index]));
            adjusted[index] = running;
        }

        return adjusted;
    }
}
