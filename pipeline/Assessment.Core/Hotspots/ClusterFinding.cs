using Assessment.Core.Clustering;

namespace Assessment.Core.Hotspots;

/// <summary>One cluster of a group's events in the assessment period.</summary>
/// <param name="Method">DBSCAN or k-means.</param>
/// <param name="Id">1 for the cluster with the most events, 2 for the next, …</param>
/// <param name="Summary">
/// Count, share of the group's events in the period (noise included in the total), weighted centroid, top location
/// texts and crime types, and convex hull. Its own change fields compare against the matched comparison months only
/// (see <see cref="MatchedComparisonEvents"/>); use <see cref="Change"/> for a like-for-like change.
/// </param>
/// <param name="SnapPoints">Distinct snap points in the cluster.</param>
/// <param name="Ward">The ward holding the centroid (or, when the centroid is in no ward, the ward with most of the cluster's events); null without wards.</param>
/// <param name="MatchedComparisonEvents">Events inside the hull footprint in the matched comparison months, or null when no months are matched.</param>
/// <param name="MatchedCurrentEvents">Events inside the hull footprint in the matched assessment months, or null when no months are matched.</param>
public sealed record ClusterFinding(
    ClusterMethod Method,
    int Id,
    ClusterSummary Summary,
    int SnapPoints,
    string? Ward,
    double? MatchedComparisonEvents,
    double? MatchedCurrentEvents)
{
    /// <summary>Matched assessment months minus matched comparison months, inside the same footprint; null when no months are matched.</summary>
    public double? Change => MatchedCurrentEvents - MatchedComparisonEvents;

    /// <summary>100 × <see cref="Change"/> / <see cref="MatchedComparisonEvents"/>; null when that is null or 0.</summary>
    public double? PercentChange => MatchedComparisonEvents > 0 ? 100 * Change / MatchedComparisonEvents : null;

    /// <summary>The most frequent location text, or null.</summary>
    public string? TopLocation => Summary.TopLocations.Count > 0 ? Summary.TopLocations[0].Tag : null;

    /// <summary>The most frequent crime type, or null.</summary>
    public string? TopCrimeType => Summary.TopCrimeTypes.Count > 0 ? Summary.TopCrimeTypes[0].Tag : null;
}
