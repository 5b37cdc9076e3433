using System.Text;

namespace Assessment.Core.Reporting;

/// <summary>
/// A table as CSV (RFC 4180): a header row, one line per row, then the totals row if any; CRLF line ends;
/// fields quoted only when they hold a comma, quote, CR or LF; numbers unformatted in invariant culture.
/// </summary>
public static class ReportTableCsv
{
    /// <summary>The CSV text of <paramref name="table"/>, ending with CRLF.</summary>
    public static string ToCsv(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Validate();
        var csv = new StringBuilder();
        AppendLine(csv, table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows) AppendLine(csv, row.Select(Field));
        if (table.Totals is not null) AppendLine(csv, table.Totals.Select(Field));
        return csv.ToString();
    }

    private static string Field(TableCell cell) => cell.Number is { } n ? ReportNumbers.FormatRaw(n) : cell.Text ?? "";

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) csv.Append(',');
            first = false;
            csv.Append(Quote(field));
        }

        csv.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
