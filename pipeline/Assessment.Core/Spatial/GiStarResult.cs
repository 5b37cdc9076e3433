namespace Assessment.Core.Spatial;

/// <summary>Gi* for every cell of a grid in one period.</summary>
/// <param name="Grid">The grid the cells belong to.</param>
/// <param name="Neighbourhood">The neighbourhood used.</param>
/// <param name="Cells">One result per grid cell, indexed like <see cref="SquareGrid.Cells"/>.</param>
/// <param name="Mean">Mean count per cell (X̄), empty cells included, in events per cell.</param>
/// <param name="StandardDeviation">Population standard deviation of the counts (S, divisor n).</param>
public sealed record GiStarResult(SquareGrid Grid, GiStarNeighbourhood Neighbourhood, IReadOnlyList<GiStarCell> Cells, double Mean, double StandardDeviation)
{
    /// <summary>Which p-values the q-values and bands come from: the permutation test's on a sparse grid when it was run, else the normal approximation's.</summary>
    public GiStarInference Inference { get; init; }

    /// <summary>Cells that are significant hot spots at <paramref name="alpha"/> (on q), in cell order.</summary>
    /// <param name="alpha">False discovery rate to test q against, e.g. 0.05.</param>
    public IEnumerable<GiStarCell> Hotspots(double alpha = 0.05) => Cells.Where(c => c.IsHot(alpha));

    /// <summary>Cells that are significant cold spots at <paramref name="alpha"/> (on q), in cell order.</summary>
    /// <param name="alpha">False discovery rate to test q against, e.g. 0.05.</param>
    public IEnumerable<GiStarCell> Coldspots(double alpha = 0.05) => Cells.Where(c => c.IsCold(alpha));
}
