using Assessment.Core.Reporting;

namespace Assessment.Files.Tables;

/// <summary>
/// A report table as CSV, in the format of <see cref="CsvTableWriter"/>: the column headers, one record per row,
/// then the totals row if there is one. A cell's number is written raw, whatever the report shows (a q-value shown as
/// "&lt; 0.001" is written as the number itself, a share shown as "12.5%" as 0.125); a number that does not exist
/// (NaN, shown as "–") and an empty cell are empty fields; text cells are written as text, made inert for
/// spreadsheets when they begin like a formula.
/// </summary>
public static class ReportTableCsv
{
    /// <summary>Writes <paramref name="table"/> to <c>&lt;folder&gt;/&lt;table id&gt;.csv</c>, whole or not at all, and returns the path.</summary>
    /// <param name="folder">The folder for report tables (normally <c>&lt;out&gt;/tables</c>; created if needed).</param>
    /// <param name="table">The table; its id is a safe file name (see <see cref="Assessment.Core.Model.ReportIds"/>).</param>
    /// <exception cref="ArgumentException">The table is invalid (no columns, a ragged row).</exception>
    /// <exception cref="IOException">The file could not be written; any previous version is unchanged.</exception>
    public static string Write(string folder, ReportTable table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(table);
        table.Validate();
        var path = Path.Combine(folder, table.Id + ".csv");
        CsvTableWriter.Write(path, [.. table.Columns.Select(c => c.Header)], Records(table));
        return path;
    }

    /// <summary>The table's rows, then its totals, as the values <see cref="CsvTableWriter"/> takes.</summary>
    private static IEnumerable<IReadOnlyList<object?>> Records(ReportTable table)
    {
        foreach (var row in table.Rows) yield return [.. row.Select(Value)];
        if (table.Totals is not null) yield return [.. table.Totals.Select(Value)];
    }

    /// <summary>The number when the cell has one (even when it also has display text), else its text, else null.</summary>
    internal static object? Value(TableCell cell) => cell.Number is { } number ? number : cell.Text;
}
