using Assessment.Core.Spatial;

namespace Assessment.Core.Clustering;

/// <summary>
/// DBSCAN (Ester, Kriegel, Sander &amp; Xu 1996) with weighted points, matching scikit-learn's <c>DBSCAN(eps, min_samples).fit(X, sample_weight=w)</c> label
/// for label: a point is core when the total weight within eps (inclusive, itself included) reaches minPoints; clusters
/// are the connected sets of cores (cores within eps of each other); a non-core point within eps of a core joins the
/// lowest-numbered such cluster (scikit-learn expands clusters one at a time in index order, so the first cluster to reach
/// a border point keeps it); other points are noise.
/// A grid index whose cells are cliques (side just under eps/√2) keeps dense snap-point clusters cheap: a cell holding
/// minPoints of weight makes all its points core without any distance test, and cells are joined, not points.
/// </summary>
public static class DbscanEstimator
{
    /// <param name="points">Points in BNG metres; a point of weight w counts w times toward minPoints.</param>
    /// <param name="epsilonMetres">Neighbourhood radius in metres, positive.</param>
    /// <param name="minPoints">Weight needed within eps for a core point, positive (scikit-learn's min_samples).</param>
    /// <returns>A model with one label and core flag per point, in input order; empty input gives no labels and no clusters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="epsilonMetres"/> or <paramref name="minPoints"/> is not a positive finite number.</exception>
    /// <exception cref="ArgumentException">eps is so small against the points' extent that the grid index cannot be built (coordinates not in metres).</exception>
    public static DbscanModel Fit(IReadOnlyList<EventPoint> points, double epsilonMetres, double minPoints)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!double.IsFinite(epsilonMetres) || epsilonMetres <= 0) throw new ArgumentOutOfRangeException(nameof(epsilonMetres), epsilonMetres, "eps must be a positive number of metres.");
        if (!double.IsFinite(minPoints) || minPoints <= 0) throw new ArgumentOutOfRangeException(nameof(minPoints), minPoints, "minPoints must be positive.");
        var n = points.Count;
        if (n == 0) return new DbscanModel([], [], 0, epsilonMetres, minPoints);

        var grid = CliqueGrid.Build(PointArrays.From(points), epsilonMetres);
        var epsSquared = epsilonMetres * epsilonMetres;
        var core = DbscanCore.FindCores(grid, epsSquared, minPoints);
        var (cellLabels, clusterCount) = DbscanCore.LabelCoreCells(grid, core, epsSquared);
        var sortedLabels = DbscanCore.LabelPoints(grid, core, cellLabels, epsSquared);

        var labels = new int[n];
        var isCore = new bool[n];
        for (var i = 0; i < n; i++)
        {
            labels[grid.Original[i]] = sortedLabels[i];
            isCore[grid.Original[i]] = core[i];
        }
        return new DbscanModel(labels, isCore, clusterCount, epsilonMetres, minPoints);
    }
}
