namespace Assessment.Core.Spatial;

/// <summary>Event totals per cell of a grid, from <see cref="SquareGrid.Count"/>.</summary>
/// <param name="Grid">The grid counted into.</param>
/// <param name="Values">Sum of point weights per cell, indexed like <see cref="SquareGrid.Cells"/>; empty cells are 0.</param>
/// <param name="PointsOutside">Points that fell outside the grid or in an excluded cell (centre outside the boundary).</param>
/// <param name="WeightOutside">Sum of the weights of those points.</param>
public sealed record GridCounts(SquareGrid Grid, IReadOnlyList<double> Values, int PointsOutside, double WeightOutside)
{
    /// <summary>Sum of weights counted into cells (excludes <see cref="WeightOutside"/>).</summary>
    public double Total => Values.Sum();
}
