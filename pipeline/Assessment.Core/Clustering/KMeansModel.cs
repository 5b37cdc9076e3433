using Assessment.Core.Spatial;

namespace Assessment.Core.Clustering;

/// <summary>A fitted k-means clustering: centroids, the training points' labels and the fit's quality.</summary>
public sealed class KMeansModel
{
    private readonly GridCoordinate[] centroids;

    internal KMeansModel(GridCoordinate[] centroids, int[] labels, double[] clusterWeights, double inertia, int iterations)
    {
        this.centroids = centroids;
        Labels = labels;
        ClusterWeights = clusterWeights;
        Inertia = inertia;
        Iterations = iterations;
    }

    /// <summary>Number of clusters.</summary>
    public int K => centroids.Length;

    /// <summary>Weighted mean position of each cluster, in BNG metres.</summary>
    public IReadOnlyList<GridCoordinate> Centroids => centroids;

    /// <summary>Cluster (0 … K−1) of each training point, in input order.</summary>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Total weight (events) in each cluster.</summary>
    public IReadOnlyList<double> ClusterWeights { get; }

    /// <summary>Σ weight × squared distance to the own centroid, in m² (scikit-learn's inertia_ with sample_weight).</summary>
    public double Inertia { get; }

    /// <summary>Lloyd iterations the kept start ran.</summary>
    public int Iterations { get; }

    /// <summary>The cluster whose centroid is nearest (ties go to the lower cluster number).</summary>
    /// <param name="point">A position in BNG metres.</param>
    /// <returns>A cluster number, 0 … <see cref="K"/> − 1.</returns>
    public int Assign(GridCoordinate point) => Nearest(centroids, point.Easting, point.Northing);

    /// <summary>The cluster whose centroid is nearest the point's position (its weight plays no part; ties go to the lower cluster number).</summary>
    /// <param name="point">An event point in BNG metres.</param>
    /// <returns>A cluster number, 0 … <see cref="K"/> − 1.</returns>
    public int Assign(EventPoint point) => Nearest(centroids, point.Easting, point.Northing);

    internal static int Nearest(ReadOnlySpan<GridCoordinate> centres, double x, double y)
    {
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var c = 0; c < centres.Length; c++)
        {
            var dx = x - centres[c].Easting;
            var dy = y - centres[c].Northing;
            var d = dx * dx + dy * dy;
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }
}
