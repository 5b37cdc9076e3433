namespace Assessment.Core.Spatial;

/// <summary>
/// Crime concentration across units: the Gini coefficient G = 2Σᵢ i·x₍ᵢ₎ / (nΣx) − (n+1)/n (units sorted ascending,
/// i from 1), Bernasco and Steenbeek's (2017) generalised Gini G′ = max(n/c, 1)(G − 1) + 1 for sparse counts, the Lorenz curve, and the share of units
/// holding a given share of crime ("x % of places hold y % of crime").
/// </summary>
public static class Concentration
{
    /// <param name="countsPerUnit">Crime per unit, one entry per unit including zeros; finite and not negative.</param>
    /// <returns>n, c, G, G′, the Lorenz curve (n + 1 points) and the shares of units holding 50 % and 25 % of crime.</returns>
    /// <exception cref="ArgumentException">No units, or a count that is negative or not finite.</exception>
    public static ConcentrationResult Analyse(IReadOnlyList<double> countsPerUnit)
    {
        ArgumentNullException.ThrowIfNull(countsPerUnit);
        var n = countsPerUnit.Count;
        if (n == 0) throw new ArgumentException("Concentration needs at least one unit.", nameof(countsPerUnit));
        var sorted = countsPerUnit.ToArray();
        foreach (var x in sorted)
            if (!double.IsFinite(x) || x < 0) throw new ArgumentException($"Counts must be finite and not negative; got {x}.", nameof(countsPerUnit));
        Array.Sort(sorted);
        var total = sorted.Sum();

        double gini = 0, generalised = 0;
        if (total > 0)
        {
            double rankWeighted = 0;
            for (var i = 0; i < n; i++) rankWeighted += (i + 1) * sorted[i];
            gini = 2 * rankWeighted / (n * total) - (n + 1.0) / n;
            generalised = Math.Max(n / total, 1) * (gini - 1) + 1;
        }

        var curve = new LorenzPoint[n + 1];
        curve[0] = new LorenzPoint(0, 0);
        double cumulative = 0;
        for (var k = 1; k <= n; k++)
        {
            cumulative += sorted[n - k];
            curve[k] = new LorenzPoint((double)k / n, total > 0 ? cumulative / total : 0);
        }
        // Summation can leave the last share a hair off 1.
        if (total > 0) curve[n] = new LorenzPoint(1, 1);

        return new ConcentrationResult(n, total, gini, generalised, curve, UnitShareHolding(curve, 0.5), UnitShareHolding(curve, 0.25));
    }

    internal static double UnitShareHolding(IReadOnlyList<LorenzPoint> curve, double crimeShare)
    {
        if (curve[^1].CrimeShare == 0) return 0;
        // Tolerates the last bit of rounding in cumulative shares, so that 2 of 4 equal units hold exactly 50 %.
        const double slack = 1e-12;
        foreach (var point in curve)
            if (point.CrimeShare >= crimeShare - slack) return point.UnitShare;
        return 1;
    }
}
