namespace Assessment.Core.Spatial;

/// <summary>One cell of a <see cref="SquareGrid"/> that takes part in the analysis.</summary>
/// <param name="Index">Position in <see cref="SquareGrid.Cells"/> (0-based); the key every per-cell result uses.</param>
/// <param name="Column">Column from the grid's west edge (0-based).</param>
/// <param name="Row">Row from the grid's south edge (0-based).</param>
/// <param name="MinEasting">West edge in BNG metres, a whole number (inclusive: a point that rounds to it belongs to this cell; see <see cref="SquareGrid.ToWholeMetres"/>).</param>
/// <param name="MinNorthing">South edge in BNG metres, a whole number (inclusive).</param>
/// <param name="Size">Side length in whole metres; the east and north edges (<c>Min + Size</c>) are exclusive.</param>
public readonly record struct GridCell(int Index, int Column, int Row, double MinEasting, double MinNorthing, double Size)
{
    /// <summary>Centre of the cell in BNG metres.</summary>
    public GridCoordinate Centre => new(MinEasting + Size / 2, MinNorthing + Size / 2);
}
