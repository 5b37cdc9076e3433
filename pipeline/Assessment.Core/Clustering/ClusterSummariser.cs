using Assessment.Core.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Assessment.Core.Clustering;

/// <summary>Builds <see cref="ClusterSummary"/> records from labelled points (DBSCAN, k-means or any other labelling).</summary>
public static class ClusterSummariser
{
    /// <param name="points">The clustered points in BNG metres, with their tags.</param>
    /// <param name="labels">One label per point; negative labels (DBSCAN noise) belong to no cluster.</param>
    /// <param name="previousPeriod">Points of the comparison period, or null to leave the change columns empty.</param>
    /// <param name="options">How many tags to list and the footprint buffer; null for the defaults of <see cref="ClusterSummaryOptions"/>.</param>
    /// <returns>One summary per cluster label present, in ascending label order.</returns>
    /// <exception cref="ArgumentException">The number of labels differs from the number of points.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (<see cref="ClusterSummaryOptions.TopCount"/> below 1, or a negative or non-finite buffer).</exception>
    public static IReadOnlyList<ClusterSummary> Summarise(
        IReadOnlyList<EventPoint> points,
        IReadOnlyList<int> labels,
        IReadOnlyList<EventPoint>? previousPeriod = null,
        ClusterSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= new ClusterSummaryOptions();
        options.Validate();
        if (labels.Count != points.Count) throw new ArgumentException($"Expected one label per point ({points.Count}), got {labels.Count}.", nameof(labels));

        var total = points.Sum(p => p.Weight);
        var members = Enumerable.Range(0, points.Count).Where(i => labels[i] >= 0).GroupBy(i => labels[i]).OrderBy(g => g.Key);
        var summaries = new List<ClusterSummary>();
        foreach (var group in members)
        {
            var clusterPoints = group.Select(i => points[i]).ToArray();
            var events = clusterPoints.Sum(p => p.Weight);
            var centroid = WeightedCentre(clusterPoints, events);
            var hull = ConvexHull.Of(clusterPoints);
            double? previous = previousPeriod is null ? null : EventsInside(hull.Geometry, options.FootprintBufferMetres, previousPeriod);
            double? change = events - previous;
            double? percent = previous > 0 ? 100 * change / previous : null;
            summaries.Add(new ClusterSummary(
                group.Key, events, clusterPoints.Length, total > 0 ? events / total : 0,
                centroid, BritishNationalGrid.ToLonLat(centroid),
                Top(clusterPoints, p => p.Location, options.TopCount), Top(clusterPoints, p => p.CrimeType, options.TopCount),
                hull, previous, change, percent));
        }
        return summaries;
    }

    // With no weight at all the plain mean still gives the cluster a sensible position.
    private static GridCoordinate WeightedCentre(EventPoint[] points, double events) => events > 0
        ? new GridCoordinate(points.Sum(p => p.Weight * p.Easting) / events, points.Sum(p => p.Weight * p.Northing) / events)
        : new GridCoordinate(points.Average(p => p.Easting), points.Average(p => p.Northing));

    private static IReadOnlyList<TagCount> Top(EventPoint[] points, Func<EventPoint, string?> tag, int count) => points
        .Where(p => !string.IsNullOrEmpty(tag(p)))
        .GroupBy(p => tag(p)!, StringComparer.Ordinal)
        .Select(g => new TagCount(g.Key, g.Sum(p => p.Weight)))
        .OrderByDescending(t => t.Count).ThenBy(t => t.Tag, StringComparer.Ordinal)
        .Take(count)
        .ToArray();

    private static double EventsInside(Geometry hull, double buffer, IReadOnlyList<EventPoint> previous)
    {
        var footprint = buffer > 0 ? hull.Buffer(buffer) : hull;
        var prepared = PreparedGeometryFactory.Prepare(footprint);
        var envelope = footprint.EnvelopeInternal;
        double inside = 0;
        foreach (var p in previous)
        {
            if (!envelope.Covers(p.Easting, p.Northing)) continue;
            if (prepared.Covers(footprint.Factory.CreatePoint(new Coordinate(p.Easting, p.Northing)))) inside += p.Weight;
        }
        return inside;
    }
}
