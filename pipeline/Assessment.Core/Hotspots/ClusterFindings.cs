namespace Assessment.Core.Hotspots;

/// <summary>The clusters one method found for a group in the assessment period.</summary>
/// <param name="Method">DBSCAN or k-means.</param>
/// <param name="Clusters">Largest first; empty when none were found or the method could not run.</param>
/// <param name="UnclusteredEvents">Events in no cluster (DBSCAN noise; 0 for k-means).</param>
/// <param name="Unavailable">Why the method did not run; null when it ran.</param>
public sealed record ClusterFindings(
    ClusterMethod Method,
    IReadOnlyList<ClusterFinding> Clusters,
    double UnclusteredEvents,
    ClusterGap? Unavailable)
{
    /// <summary>For DBSCAN: the minimum weight (records) of a core point's neighbourhood used; null otherwise or when it did not run. The radius is <see cref="HotspotOptions.DbscanEpsilonMetres"/>.</summary>
    public double? DbscanMinPoints { get; init; }

    /// <summary>For k-means: the chosen k and its weighted mean silhouette (−1 to 1); null otherwise or when it did not run.</summary>
    public (int K, double Silhouette)? KMeansChoice { get; init; }

    /// <summary>For k-means: the smallest and largest k tried; null otherwise or when it did not run. Starts and seed are in <see cref="HotspotOptions"/>.</summary>
    public (int First, int Last)? KMeansTried { get; init; }

    /// <summary>A method that did not run, with the reason.</summary>
    public static ClusterFindings NotRun(ClusterMethod method, ClusterGap gap) => new(method, [], 0, gap);
}
