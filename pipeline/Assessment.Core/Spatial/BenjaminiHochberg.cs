namespace Assessment.Core.Spatial;

/// <summary>Benjamini–Hochberg step-up adjusted p-values (q-values), as R's <c>p.adjust(p, "BH")</c>.</summary>
internal static class BenjaminiHochberg
{
    /// <summary>q₍ₖ₎ = min over j ≥ k of min(1, m·p₍ⱼ₎ / j), with p sorted ascending; returned in input order. Empty in, empty out.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).ToArray();
        var sorted = pValues.ToArray();
        Array.Sort(sorted, order);
        var q = new double[m];
        var running = 1.0;
        for (var k = m - 1; k >= 0; k--)
        {
            running = Math.Min(running, sorted[k] * m / (k + 1));
            q[order[k]] = running;
        }
        return q;
    }
}
