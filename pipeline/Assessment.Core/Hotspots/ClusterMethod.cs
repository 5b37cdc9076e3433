namespace Assessment.Core.Hotspots;

/// <summary>How a set of clusters was found.</summary>
public enum ClusterMethod
{
    /// <summary>DBSCAN: density-connected groups of snap points; points in no dense group are left out (noise).</summary>
    Dbscan,

    /// <summary>k-means with k chosen by silhouette: every event is put in one of k groups; nothing is tested.</summary>
    KMeans,
}
