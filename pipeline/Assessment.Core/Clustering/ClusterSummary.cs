using Assessment.Core.Spatial;

namespace Assessment.Core.Clustering;

/// <summary>What a cluster holds, where it is and how it changed, for tables and maps.</summary>
/// <param name="Cluster">The cluster's label (0 or more).</param>
/// <param name="EventCount">Events in the cluster (sum of weights).</param>
/// <param name="PointCount">Points in the cluster (e.g. snap points, when points were aggregated).</param>
/// <param name="ShareOfTotal">EventCount / all events passed in, noise included; 0 when there are none.</param>
/// <param name="Centroid">Weighted mean position in BNG metres.</param>
/// <param name="CentroidLonLat">The centroid in WGS84.</param>
/// <param name="TopLocations">Most frequent location texts, most events first (ties: ordinal text order); untagged points are skipped.</param>
/// <param name="TopCrimeTypes">Most frequent crime types, as for locations.</param>
/// <param name="Hull">Convex hull of the cluster's points.</param>
/// <param name="PreviousEventCount">Previous period's events inside the hull (widened by the buffer), or null when no previous period was given.</param>
/// <param name="Change">EventCount − PreviousEventCount in events, or null.</param>
/// <param name="PercentChange">100 × Change / PreviousEventCount, or null when there was no previous period or it had no events there.</param>
public sealed record ClusterSummary(
    int Cluster,
    double EventCount,
    int PointCount,
    double ShareOfTotal,
    GridCoordinate Centroid,
    LonLat CentroidLonLat,
    IReadOnlyList<TagCount> TopLocations,
    IReadOnlyList<TagCount> TopCrimeTypes,
    HullShape Hull,
    double? PreviousEventCount,
    double? Change,
    double? PercentChange);
