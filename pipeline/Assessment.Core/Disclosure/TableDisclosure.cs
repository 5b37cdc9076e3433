using Assessment.Core.Reporting;

namespace Assessment.Core.Disclosure;

/// <summary>
/// Small-count suppression for a <see cref="ReportTable"/>. A table learns that a value is a count from its column:
/// a column made by <see cref="TableColumn.Count"/> (<see cref="TableColumn.HoldsCounts"/>) holds counts; that is the
/// only signal used, so a new table is covered as soon as it declares its count columns as counts.
/// </summary>
/// <remarks>
/// Margins: the totals row gives column totals; a count column equal, row by row, to the sum of the other count
/// columns is a row total. <see cref="SmallCountSuppression"/> chooses what to withhold. Every other number in a
/// row that holds a withheld count (a difference, a percentage change, a rate, a share) is withheld with it, since
/// any of them, beside the row's visible counts, would give the withheld count back. A withheld cell shows
/// <see cref="DisclosurePolicy.SuppressedSymbol"/> and has no number, so the CSV written from the table has none either.
/// </remarks>
public static class TableDisclosure
{
    /// <summary>The table as <paramref name="policy"/> allows it to be shown: unchanged in the restricted edition.</summary>
    /// <param name="table">A valid table (see <see cref="ReportTable.Validate"/>).</param>
    /// <param name="policy">The edition.</param>
    /// <param name="suppressed">Set to true when a cell was withheld.</param>
    public static ReportTable Apply(ReportTable table, DisclosurePolicy policy, ref bool suppressed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(policy);
        table.Validate();
        if (!policy.Suppresses) return table;
        var countColumns = Enumerable.Range(0, table.Columns.Count).Where(j => IsCountColumn(table.Columns[j])).ToList();
        if (countColumns.Count == 0 || table.Rows.Count == 0) return table;

        bool Numeric(TableCell cell) => cell.Number is { } n && double.IsFinite(n);
        var rowTotalColumn = FindRowTotalColumn(table, countColumns);
        var innerColumns = countColumns.Where(j => j != rowTotalColumn).ToList();
        var cells = new long[table.Rows.Count, innerColumns.Count];
        for (var i = 0; i < table.Rows.Count; i++)
            for (var k = 0; k < innerColumns.Count; k++)
                cells[i, k] = Numeric(table.Rows[i][innerColumns[k]]) ? (long)Math.Round(table.Rows[i][innerColumns[k]].Number!.Value) : 0;
        long[]? rowTotals = rowTotalColumn is { } rt ? [.. table.Rows.Select(r => Numeric(r[rt]) ? (long)Math.Round(r[rt].Number!.Value) : 0)] : null;
        long[]? columnTotals = table.Totals is { } totals && innerColumns.All(j => Numeric(totals[j]))
            ? [.. innerColumns.Select(j => (long)Math.Round(totals[j].Number!.Value))]
            : null;
        long? grand = rowTotalColumn is { } g && table.Totals is { } t && Numeric(t[g]) ? (long)Math.Round(t[g].Number!.Value) : null;
        var pattern = SmallCountSuppression.Suppress(new MarginTable(cells, rowTotals, columnTotals, columnTotals is null ? null : grand), policy.Threshold);

        // A small count in a totals row that is not used as margins (non-numeric neighbours) is still withheld.
        bool TotalWithheld(int j) =>
            table.Totals is { } row && Numeric(row[j]) && (policy.IsSmall(row[j].Number!.Value)
                || (columnTotals is not null && innerColumns.IndexOf(j) is var k && k >= 0 && pattern.ColumnTotals[k])
                || (j == rowTotalColumn && pattern.GrandTotal));

        var rows = new List<IReadOnlyList<TableCell>>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = i;
            bool Withheld(int j) => innerColumns.IndexOf(j) is var k && k >= 0 ? pattern.Cells[row, k] : j == rowTotalColumn && pattern.RowTotals[row];
            rows.Add(Row(table, table.Rows[i], Withheld, ref suppressed));
        }

        var newTotals = table.Totals is { } totalsRow ? Row(table, totalsRow, TotalWithheld, ref suppressed) : null;
        return table with { Rows = rows, Totals = newTotals };
    }

    /// <summary>True for a column whose numbers are counts (<see cref="TableColumn.HoldsCounts"/>).</summary>
    public static bool IsCountColumn(TableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.HoldsCounts;
    }

    private static IReadOnlyList<TableCell> Row(ReportTable table, IReadOnlyList<TableCell> cells, Func<int, bool> withheld, ref bool suppressed)
    {
        var countColumns = Enumerable.Range(0, cells.Count).Where(j => IsCountColumn(table.Columns[j])).ToList();
        var anyWithheld = countColumns.Any(withheld);
        if (!anyWithheld) return cells;
        suppressed = true;
        var result = new TableCell[cells.Count];
        for (var j = 0; j < cells.Count; j++)
        {
            var column = table.Columns[j];
            var derived = column.Format is not null && !IsCountColumn(column) && cells[j].Number is not null;
            result[j] = (IsCountColumn(column) && withheld(j)) || derived ? TableCell.FromText(DisclosurePolicy.SuppressedSymbol) : cells[j];
        }

        return result;
    }

    /// <summary>The count column that is, in every row (and the totals row), the sum of the other count columns; null when none is.</summary>
    private static int? FindRowTotalColumn(ReportTable table, IReadOnlyList<int> countColumns)
    {
        if (countColumns.Count < 3) return null;
        var rows = table.Totals is { } totals ? table.Rows.Append(totals).ToList() : [.. table.Rows];
        foreach (var candidate in countColumns)
        {
            var others = countColumns.Where(j => j != candidate).ToList();
            if (rows.All(r => r[candidate].Number is { } total && others.All(j => r[j].Number is not null)
                    && Math.Abs(others.Sum(j => r[j].Number!.Value) - total) < 0.5))
                return candidate;
        }

        return null;
    }
}
