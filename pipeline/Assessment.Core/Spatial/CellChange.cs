namespace Assessment.Core.Spatial;

/// <summary>One cell's change in hot spot status between two periods.</summary>
/// <param name="CellIndex">Index into <see cref="SquareGrid.Cells"/>.</param>
/// <param name="Change">New, continuing, ceased or no hot spot.</param>
/// <param name="Previous">The cell's Gi* in the previous period.</param>
/// <param name="Current">The cell's Gi* in the current period.</param>
public sealed record CellChange(int CellIndex, HotspotChange Change, GiStarCell Previous, GiStarCell Current);
