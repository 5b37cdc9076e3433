using Assessment.Core.Spatial;

namespace Assessment.Core.Clustering;

/// <summary>
/// Weighted k-means on BNG coordinates (Lloyd's algorithm, Lloyd 1982; k-means++ seeding, Arthur &amp; Vassilvitskii 2007;
/// several starts keeping the lowest inertia), following scikit-learn's KMeans,
/// in the Fit → model → Assign style of ML.NET. k-means forces every point into a cluster and tests nothing: use it to
/// describe where events concentrate, not to claim hot spots.
/// </summary>
public static class KMeansEstimator
{
    /// <summary>Fits k-means to points weighted by <see cref="EventPoint.Weight"/>.</summary>
    /// <param name="points">Points in BNG metres; a point of weight w counts as w events at one place.</param>
    /// <param name="options">k, starts, iterations, tolerance and seed.</param>
    /// <returns>Centroids in BNG metres, one label per point in input order, cluster weights and inertia (m²).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (no starts, no iterations, or a negative or non-finite tolerance).</exception>
    /// <exception cref="ArgumentException">
    /// Fewer distinct positions (among points of positive weight) than k — e.g. all events on one snap point — since
    /// the clusters would not be distinct; or no positive weight at all. Callers choosing k should cap it at the number of distinct positions.
    /// </exception>
    public static KMeansModel Fit(IReadOnlyList<EventPoint> points, KMeansOptions options)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var data = PointArrays.From(points);
        if (!(data.Weight.Sum() > 0)) throw new ArgumentException("k-means needs points with a positive total weight.", nameof(points));
        var distinct = data.DistinctWeightedPositions();
        if (distinct < options.K)
            throw new ArgumentException($"k-means with k = {options.K} needs at least {options.K} distinct positions; the points have {distinct}.", nameof(points));

        var tolerance = options.Tolerance * MeanCoordinateVariance(data);
        var random = new Random(options.Seed);
        LloydRun? best = null;
        for (var start = 0; start < options.Restarts; start++)
        {
            var seeds = KMeansPlusPlus.Seed(data, options.K, random);
            var run = LloydRun.Run(data, seeds, options.MaxIterations, tolerance);
            if (best is null || run.Inertia < best.Inertia) best = run;
        }

        var centroids = best!.Centres.Select(c => new GridCoordinate(c.X, c.Y)).ToArray();
        return new KMeansModel(centroids, best.Labels, best.ClusterWeights, best.Inertia, best.Iterations);
    }

    // Unweighted, as scikit-learn scales its tolerance.
    private static double MeanCoordinateVariance(PointArrays data)
    {
        var n = data.Count;
        double mx = data.X.Average(), my = data.Y.Average();
        double vx = 0, vy = 0;
        for (var i = 0; i < n; i++)
        {
            vx += (data.X[i] - mx) * (data.X[i] - mx);
            vy += (data.Y[i] - my) * (data.Y[i] - my);
        }
        return (vx / n + vy / n) / 2;
    }
}
