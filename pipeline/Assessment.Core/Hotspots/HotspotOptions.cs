using Assessment.Core.Spatial;

namespace Assessment.Core.Hotspots;

/// <summary>Settings of the hotspot analysis; every default is documented and suits a district-sized area.</summary>
public sealed record HotspotOptions
{
    /// <summary>Side of the Gi* grid cells in whole metres (default 250: coarse enough not to map police.uk snap-point geometry).</summary>
    public double CellSizeMetres { get; init; } = SquareGrid.DefaultCellSize;

    /// <summary>
    /// Fewest grid squares with events for which hotspots are tested (default 5). With events in fewer squares, Gi*,
    /// its change, its classification and Clark–Evans are not computed and no hotspot is written: with a handful of
    /// occupied squares every one of them and its neighbours stands out against the empty rest of the grid, so a
    /// "hotspot" would only restate where the few places are (one map point became a 9-square hotspot).
    /// </summary>
    public int MinimumSquaresWithEvents { get; init; } = 5;

    /// <summary>
    /// Fewest distinct map points (snap points) with events for which DBSCAN and k-means are run (default 5, the same
    /// number as <see cref="MinimumSquaresWithEvents"/> so that one rule decides whether any hotspot or cluster is
    /// reported). Clustering groups places that lie closer together than the rest; with records at a handful of
    /// places, each place or all of them together come out as "clusters", which only restates where the few places
    /// are (one map point became a one-point cluster holding every record). Below it the methods carry
    /// <see cref="ClusterGapKind.TooFewPlacesToCluster"/>.
    /// </summary>
    public int MinimumPlacesToCluster { get; init; } = 5;

    /// <summary>
    /// Gi*'s conditional permutation test: every square gets its pseudo p, and on a sparse grid (median square below
    /// <see cref="GiStarPermutationOptions.SparseMedianBelow"/> records) the hotspots come from it rather than from the
    /// normal approximation.
    /// </summary>
    public GiStarPermutationOptions Permutation { get; init; } = new();

    /// <summary>Gi* neighbourhood (default queen contiguity: the cell and its 8 neighbours).</summary>
    public GiStarNeighbourhood Neighbourhood { get; init; } = GiStarNeighbourhood.QueenContiguity;

    /// <summary>
    /// Chainey classification thresholds (sfhotspot's defaults). Its <see cref="HotspotClassifierOptions.CriticalP"/>
    /// (default 0.05) is the significance level used throughout: a cell is a hot spot when its FDR-adjusted q is below it.
    /// </summary>
    public HotspotClassifierOptions Classification { get; init; } = new();

    /// <summary>Length of the periods classified over time, in months (default 3: quarters of the assessment period).</summary>
    public int ClassificationPeriodMonths { get; init; } = 3;

    /// <summary>DBSCAN neighbourhood radius in metres (default 200).</summary>
    public double DbscanEpsilonMetres { get; init; } = 200;

    /// <summary>
    /// DBSCAN minPts: events needed within eps of a core point. Null (default) sets it per group and period to
    /// max(<see cref="DbscanMinPointsFloor"/>, <see cref="DbscanMinPointsShare"/> × events), so that small and large groups get comparable clusters.
    /// </summary>
    public double? DbscanMinPoints { get; init; }

    /// <summary>Share of the period's events used for the automatic minPts (default 0.01).</summary>
    public double DbscanMinPointsShare { get; init; } = 0.01;

    /// <summary>Smallest automatic minPts (default 10).</summary>
    public double DbscanMinPointsFloor { get; init; } = 10;

    /// <summary>Smallest k tried by k-means (default 2; the silhouette needs two clusters).</summary>
    public int KMeansMinK { get; init; } = 2;

    /// <summary>Largest k tried by k-means (default 8); reduced when there are fewer distinct snap points.</summary>
    public int KMeansMaxK { get; init; } = 8;

    /// <summary>k-means++ starts per k (default 10); the lowest inertia is kept.</summary>
    public int KMeansRestarts { get; init; } = 10;

    /// <summary>Seed for k-means and its silhouette sample (default 20250101): the same data give the same clusters.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>Location texts and crime types listed per cluster or hot spot area (default 3).</summary>
    public int TopCount { get; init; } = 3;

    /// <summary>
    /// Metres by which a cluster's hull is widened when counting events of the two matched windows inside it for the
    /// change column (default 0: a one-point cluster compares the same snap point).
    /// </summary>
    public double ClusterFootprintBufferMetres { get; init; }

    /// <summary>Significance level on the FDR-adjusted q-value: <see cref="HotspotClassifierOptions.CriticalP"/>.</summary>
    public double SignificanceLevel => Classification.CriticalP;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        Positive(CellSizeMetres, nameof(CellSizeMetres));
        if (CellSizeMetres != Math.Floor(CellSizeMetres) || CellSizeMetres > SquareGrid.MaxCellSize)
            throw new ArgumentOutOfRangeException(nameof(CellSizeMetres), CellSizeMetres, $"{nameof(CellSizeMetres)} must be a whole number of metres, at most {SquareGrid.MaxCellSize:0}: squares are placed in whole metres.");
        ArgumentNullException.ThrowIfNull(Neighbourhood, nameof(Neighbourhood));
        ArgumentNullException.ThrowIfNull(Permutation, nameof(Permutation));
        Permutation.Validate();
        ArgumentNullException.ThrowIfNull(Classification, nameof(Classification));
        if (ClassificationPeriodMonths < 1) throw new ArgumentOutOfRangeException(nameof(ClassificationPeriodMonths), ClassificationPeriodMonths, "Classification periods must be at least one month long.");
        Positive(DbscanEpsilonMetres, nameof(DbscanEpsilonMetres));
        if (DbscanMinPoints is { } minPoints) Positive(minPoints, nameof(DbscanMinPoints));
        if (!(DbscanMinPointsShare > 0 && DbscanMinPointsShare < 1)) throw new ArgumentOutOfRangeException(nameof(DbscanMinPointsShare), DbscanMinPointsShare, "The share must be greater than 0 and less than 1.");
        Positive(DbscanMinPointsFloor, nameof(DbscanMinPointsFloor));
        if (KMeansMinK < 2) throw new ArgumentOutOfRangeException(nameof(KMeansMinK), KMeansMinK, "k-means needs k of at least 2 for the silhouette.");
        if (KMeansMaxK < KMeansMinK) throw new ArgumentOutOfRangeException(nameof(KMeansMaxK), KMeansMaxK, $"The largest k must be at least the smallest ({KMeansMinK}).");
        if (KMeansRestarts < 1) throw new ArgumentOutOfRangeException(nameof(KMeansRestarts), KMeansRestarts, "k-means needs at least one start.");
        if (MinimumPlacesToCluster < 1) throw new ArgumentOutOfRangeException(nameof(MinimumPlacesToCluster), MinimumPlacesToCluster, "Clusters need at least one place with events.");
        if (MinimumSquaresWithEvents < 1) throw new ArgumentOutOfRangeException(nameof(MinimumSquaresWithEvents), MinimumSquaresWithEvents, "Hotspots need at least one square with events.");
        if (TopCount < 1) throw new ArgumentOutOfRangeException(nameof(TopCount), TopCount, "List at least one location and crime type.");
        if (!double.IsFinite(ClusterFootprintBufferMetres) || ClusterFootprintBufferMetres < 0)
            throw new ArgumentOutOfRangeException(nameof(ClusterFootprintBufferMetres), ClusterFootprintBufferMetres, "The buffer must be a finite number of metres, zero or more.");
        var c = Classification;
        foreach (var (value, name) in new[] { (c.CriticalP, "CriticalP"), (c.HotspotProportion, "HotspotProportion"), (c.PersistentProportion, "PersistentProportion"), (c.RecentProportion, "RecentProportion") })
            if (!(value > 0 && value < 1)) throw new ArgumentOutOfRangeException($"{nameof(Classification)}.{name}", value, $"{name} must be greater than 0 and less than 1.");
    }

    /// <summary>minPts for a period with <paramref name="events"/> events.</summary>
    public double DbscanMinPointsFor(double events) => DbscanMinPoints ?? Math.Max(DbscanMinPointsFloor, Math.Ceiling(DbscanMinPointsShare * events));

    private static void Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive finite number.");
    }
}
