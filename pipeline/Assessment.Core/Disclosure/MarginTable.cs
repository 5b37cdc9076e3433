namespace Assessment.Core.Disclosure;

/// <summary>
/// A two-way table of counts with the margins a reader sees: optional row totals (one per row), optional column
/// totals (one per column) and an optional grand total. Margins are taken as given (a totals row that also counts
/// categories not listed is still treated as a constraint, which only makes the suppression more cautious).
/// </summary>
/// <param name="Cells">Counts, rows × columns, each ≥ 0.</param>
/// <param name="RowTotals">One total per row, or null when the table shows none.</param>
/// <param name="ColumnTotals">One total per column, or null when the table shows none.</param>
/// <param name="GrandTotal">The total of the whole table, or null when not shown.</param>
public sealed record MarginTable(long[,] Cells, long[]? RowTotals = null, long[]? ColumnTotals = null, long? GrandTotal = null)
{
    /// <summary>Rows of <see cref="Cells"/>.</summary>
    public int Rows => Cells.GetLength(0);

    /// <summary>Columns of <see cref="Cells"/>.</summary>
    public int Columns => Cells.GetLength(1);

    /// <summary>A table whose margins are the sums of its cells (row totals, column totals and grand total all shown).</summary>
    public static MarginTable WithSums(long[,] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = new long[cells.GetLength(0)];
        var columns = new long[cells.GetLength(1)];
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < columns.Length; j++)
            {
                rows[i] += cells[i, j];
                columns[j] += cells[i, j];
            }

        return new MarginTable(cells, rows, columns, rows.Sum());
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a margin has the wrong length or a value is negative.</summary>
    public void Validate()
    {
        if (RowTotals is not null && RowTotals.Length != Rows) throw new ArgumentException($"There are {RowTotals.Length} row totals for {Rows} rows.");
        if (ColumnTotals is not null && ColumnTotals.Length != Columns) throw new ArgumentException($"There are {ColumnTotals.Length} column totals for {Columns} columns.");
        foreach (var value in Cells)
            if (value < 0) throw new ArgumentException($"A count is negative ({value}); suppression needs counts.");
    }
}
