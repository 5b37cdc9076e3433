namespace Assessment.Core.Hotspots;

/// <summary>Why a clustering method did not run.</summary>
public enum ClusterGapKind
{
    /// <summary>The group has no records in the period.</summary>
    NoEvents,

    /// <summary>k-means: the records are at too few distinct map points to choose k by silhouette.</summary>
    TooFewPlaces,

    /// <summary>
    /// Both methods: the records are at fewer distinct map points than <see cref="HotspotOptions.MinimumPlacesToCluster"/>,
    /// so clusters cannot be told from the few places where records happen to be.
    /// </summary>
    TooFewPlacesToCluster,
}
