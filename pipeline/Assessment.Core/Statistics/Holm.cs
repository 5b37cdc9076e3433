namespace Assessment.Core.Statistics;

/// <summary>Holm (1979) step-down adjustment, controlling the family-wise error rate.</summary>
public static class Holm
{
    /// <summary>
    /// Adjusted p-values in input order: with p₍₁₎ ≤ … ≤ p₍ₘ₎, q₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎)
    /// (R's <c>p.adjust(method = "holm")</c>). NaN p-values stay NaN and are left out of m; tied p-values get
    /// equal q; empty input gives an empty array.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A p-value outside [0, 1].</exception>
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
