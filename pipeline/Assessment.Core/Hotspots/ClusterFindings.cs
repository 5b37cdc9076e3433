namespace Assessment.Core.Hotspots;

/// <summary>The clusters one method found for a group in the assessment period.</summary>
/// <param name="Method">DBSCAN or k-means.</param>
/// <param name="Parameters">The parameters used, in words, e.g. "eps 200 m, minPts 68 events"; empty when the method did not run.</param>
/// <param name="Clusters">Largest first; empty when none were found or the method could not run.</param>
/// <param name="UnclusteredEvents">Events in no cluster (DBSCAN noise; 0 for k-means).</param>
/// <param name="UnavailableReason">Why the method did not run, as a sentence fragment; null when it ran.</param>
public sealed record ClusterFindings(
    ClusterMethod Method,
    string Parameters,
    IReadOnlyList<ClusterFinding> Clusters,
    double UnclusteredEvents,
    string? UnavailableReason)
{
    /// <summary>For k-means: the chosen k and its weighted mean silhouette; null otherwise or when it did not run.</summary>
    public (int K, double Silhouette)? KMeansChoice { get; init; }

    /// <summary>A method that did not run, with the reason.</summary>
    public static ClusterFindings Unavailable(ClusterMethod method, string reason) => new(method, "", [], 0, reason);
}
