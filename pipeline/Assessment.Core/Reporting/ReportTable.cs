namespace Assessment.Core.Reporting;

/// <summary>
/// A data table. Printed with its header row repeated on every page; exported as <c>tables/&lt;Id&gt;.csv</c>
/// with unformatted numbers.
/// </summary>
/// <param name="Id">Unique id (see <see cref="Model.ReportIds"/>), also the CSV file name.</param>
/// <param name="Caption">What the table shows, e.g. "Recorded crime by type, comparison and current period".</param>
/// <param name="Columns">At least one column.</param>
/// <param name="Rows">Each row has exactly one cell per column; may be empty (the table then says there are no rows).</param>
/// <param name="Source">Source note printed under the table, e.g. "police.uk street-level crime, Kent Police".</param>
/// <param name="Totals">Optional totals row, one cell per column, printed last and never repeated.</param>
/// <param name="FirstColumnIsRowHeader">Marks the first cell of each row as its header (for screen readers).</param>
/// <param name="Compact">Smaller type and padding, for wide tables such as counts by month.</param>
public sealed record ReportTable(
    string Id,
    string Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    string? Source = null,
    IReadOnlyList<TableCell>? Totals = null,
    bool FirstColumnIsRowHeader = true,
    bool Compact = false)
{
    /// <summary>Throws <see cref="ArgumentException"/> when there are no columns or a row has the wrong number of cells.</summary>
    public void Validate()
    {
        if (Columns.Count == 0) throw new ArgumentException($"Table '{Id}' has no columns.");
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Count != Columns.Count)
                throw new ArgumentException($"Table '{Id}' row {i + 1} has {Rows[i].Count} cells but the table has {Columns.Count} columns.");
        }

        if (Totals is not null && Totals.Count != Columns.Count)
            throw new ArgumentException($"Table '{Id}' totals row has {Totals.Count} cells but the table has {Columns.Count} columns.");
    }
}
