namespace Assessment.Core.Clustering;

/// <summary>A DBSCAN clustering of a set of points.</summary>
public sealed class DbscanModel
{
    /// <summary>Label of points in no cluster.</summary>
    public const int Noise = -1;

    internal DbscanModel(int[] labels, bool[] isCore, int clusterCount, double epsilonMetres, double minPoints)
    {
        Labels = labels;
        IsCore = isCore;
        ClusterCount = clusterCount;
        EpsilonMetres = epsilonMetres;
        MinPoints = minPoints;
    }

    /// <summary>
    /// Cluster of each point in input order: 0 … ClusterCount−1, or <see cref="Noise"/>. Numbered as scikit-learn does:
    /// in the order of each cluster's lowest-indexed core point.
    /// </summary>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>True for core points: total weight within <see cref="EpsilonMetres"/> (the point itself included) ≥ <see cref="MinPoints"/>.</summary>
    public IReadOnlyList<bool> IsCore { get; }

    /// <summary>Number of clusters found.</summary>
    public int ClusterCount { get; }

    /// <summary>Neighbourhood radius used, metres (inclusive).</summary>
    public double EpsilonMetres { get; }

    /// <summary>Minimum neighbourhood weight (events) for a core point.</summary>
    public double MinPoints { get; }
}
