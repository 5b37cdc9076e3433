using MathNet.Numerics;

namespace Assessment.Core.Spatial;

/// <summary>
/// Clark &amp; Evans (1954) aggregation index R = d̄_obs / (0.5 √(A/N)) with z = (d̄_obs − d̄_exp) / (0.26136 √(A/N²)), no edge correction.
/// Weights are expanded: a point of weight w is w events at one place, so w ≥ 2 gives w nearest-neighbour distances of 0.
/// police.uk snaps crimes to shared points, so these zero distances drive R far below 1 whatever the true pattern:
/// read R on police.uk data as "events share snap points", and report <see cref="ClarkEvansResult.SharedLocationShare"/> beside it,
/// with R computed again on the distinct points each of weight 1 (<c>Hotspots.GroupHotspotFindings.ClarkEvansMapPoints</c>),
/// which says whether any clustering is left once shared points are set aside.
/// </summary>
public static class ClarkEvans
{
    private const double StandardErrorConstant = 0.26136;

    /// <param name="points">Events in BNG metres; weights must be whole numbers (points of weight 0 are ignored).</param>
    /// <param name="areaSquareMetres">Area of the study region (e.g. the district boundary in BNG), positive.</param>
    /// <returns>N, A, the observed and expected mean nearest-neighbour distances (metres), R, z, the two-sided p and the shared-location share.</returns>
    /// <exception cref="ArgumentException">Fewer than two events, or a weight that is not a whole number.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="areaSquareMetres"/> is not a positive finite number.</exception>
    public static ClarkEvansResult Compute(IReadOnlyList<EventPoint> points, double areaSquareMetres)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!double.IsFinite(areaSquareMetres) || areaSquareMetres <= 0)
            throw new ArgumentOutOfRangeException(nameof(areaSquareMetres), areaSquareMetres, "The area must be a positive number of square metres.");

        var weightAt = new Dictionary<(double E, double N), long>();
        foreach (var p in points)
        {
            if (p.Weight != Math.Floor(p.Weight))
                throw new ArgumentException($"Clark–Evans counts events, so weights must be whole numbers; got {p.Weight} at {p.Coordinate}.", nameof(points));
            if (p.Weight == 0) continue;
            weightAt[(p.Easting, p.Northing)] = weightAt.GetValueOrDefault((p.Easting, p.Northing)) + (long)p.Weight;
        }
        var events = weightAt.Values.Sum();
        if (events < 2) throw new ArgumentException($"Clark–Evans needs at least two events; got {events}.", nameof(points));

        var places = weightAt.ToArray();
        double distanceSum = 0;
        long shared = 0;
        var tree = places.Length > 1 ? new KdTree(places.Select(p => p.Key.E).ToArray(), places.Select(p => p.Key.N).ToArray()) : null;
        for (var i = 0; i < places.Length; i++)
        {
            if (places[i].Value >= 2) shared += places[i].Value;
            else distanceSum += tree!.NearestOther(i).Distance;
        }

        var observed = distanceSum / events;
        var expected = 0.5 * Math.Sqrt(areaSquareMetres / events);
        var standardError = StandardErrorConstant * Math.Sqrt(areaSquareMetres / ((double)events * events));
        var z = (observed - expected) / standardError;
        var pValue = SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
        return new ClarkEvansResult(events, areaSquareMetres, observed, expected, observed / expected, z, pValue, (double)shared / events);
    }
}
