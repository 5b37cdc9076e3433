namespace Assessment.Core.Hotspots;

/// <summary>Why a clustering method did not run, as facts; the report words it (<c>Reporting.Sections.HotspotWording.ClusterGapReason</c>).</summary>
/// <param name="Kind">Which case.</param>
/// <param name="Places">Distinct map points holding the group's records (0 for <see cref="ClusterGapKind.NoEvents"/>).</param>
/// <param name="SmallestK">The smallest k tried (<see cref="HotspotOptions.KMeansMinK"/>); the silhouette needs at least one more place than that.</param>
/// <param name="MinimumPlaces">For <see cref="ClusterGapKind.TooFewPlacesToCluster"/>: the fewest map points clustering needs (<see cref="HotspotOptions.MinimumPlacesToCluster"/>); 0 otherwise.</param>
public sealed record ClusterGap(ClusterGapKind Kind, int Places = 0, int SmallestK = 0, int MinimumPlaces = 0);
