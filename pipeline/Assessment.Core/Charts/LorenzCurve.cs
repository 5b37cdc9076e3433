namespace Assessment.Core.Charts;

/// <summary>Cumulative concentration of events over units (e.g. crimes over LSOAs), units taken from the highest count down.</summary>
public static class LorenzCurve
{
    /// <summary>
    /// Points (0,0), then one per unit: after the k highest units, (k/n, their share of all events).
    /// Ties keep their count order, so the curve is the same whichever tied unit comes first.
    /// Empty input or all-zero counts give just the equality line (0,0)–(1,1): with no events there is no
    /// concentration to show.
    /// </summary>
    /// <param name="counts">Event count per unit, one entry per unit including zeros; negative counts are rejected.</param>
    /// <returns>n + 1 points from (0, 0) to (1, 1) for n units, shares in 0–1; two points when there are no events.</returns>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public static IReadOnlyList<LorenzPoint> FromCounts(IEnumerable<long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var sorted = counts.ToList();
        if (sorted.Any(c => c < 0)) throw new ArgumentException("Counts cannot be negative.", nameof(counts));
        var total = sorted.Sum();
        if (sorted.Count == 0 || total == 0) return [new LorenzPoint(0, 0), new LorenzPoint(1, 1)];

        sorted.Sort((a, b) => b.CompareTo(a));
        var points = new List<LorenzPoint>(sorted.Count + 1) { new(0, 0) };
        long running = 0;
        for (var k = 0; k < sorted.Count; k++)
        {
            running += sorted[k];
            points.Add(new LorenzPoint((double)(k + 1) / sorted.Count, (double)running / total));
        }

        return points;
    }
}
