namespace Assessment.Core.Disclosure;

/// <summary>
/// Which entries of a <see cref="MarginTable"/> are withheld. Primary entries are the small counts themselves;
/// every other withheld entry is a complement chosen so that the primary ones cannot be worked out from the rest.
/// </summary>
/// <param name="Cells">Withheld cells, rows × columns.</param>
/// <param name="RowTotals">Withheld row totals (all false when the table shows none).</param>
/// <param name="ColumnTotals">Withheld column totals (all false when the table shows none).</param>
/// <param name="GrandTotal">True when the grand total is withheld.</param>
/// <param name="Primary">Cells withheld because they are small counts (a subset of <paramref name="Cells"/>).</param>
public sealed record SuppressionPattern(bool[,] Cells, bool[] RowTotals, bool[] ColumnTotals, bool GrandTotal, bool[,] Primary)
{
    /// <summary>How many cells and margins are withheld in all.</summary>
    public int Count => Cells.Cast<bool>().Count(b => b) + RowTotals.Count(b => b) + ColumnTotals.Count(b => b) + (GrandTotal ? 1 : 0);
}
