using System.Globalization;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;

namespace Assessment.Files.Partners;

/// <summary>
/// Header and count reading shared by the partner-extract readers: a table's header row is found by its column names
/// and columns by name, so title rows above the header and columns reordered or added between vintages read the same.
/// Names match ignoring case and with runs of whitespace (embedded CR/LF and DEFRA's trailing spaces included) read as
/// one space; counts are read with suppressed markers as missing.
/// </summary>
internal static class SheetHeader
{
    // Published workbooks have a few title rows; a header further down means the wrong sheet or file.
    public const int SearchRows = 30;

    /// <summary>The index in <paramref name="rows"/> of the first row holding every <paramref name="required"/> name.</summary>
    /// <param name="rows">The sheet's rows from the top.</param>
    /// <param name="required">Column names the header must hold.</param>
    /// <param name="file">The file, for the error.</param>
    /// <param name="sheet">The sheet, or null for a CSV.</param>
    /// <param name="what">What the table should be, ending the error, e.g. "is this DEFRA's fly-tipping LA_incidents table?".</param>
    /// <exception cref="ConfigurationException">No such row in the first <see cref="SearchRows"/> rows (file and sheet named).</exception>
    public static int Find(IReadOnlyList<SheetRow> rows, IReadOnlyList<string> required, string file, string? sheet, string what)
    {
        var index = rows.Take(SearchRows).ToList().FindIndex(r => required.All(name => IndexOf(r, name) >= 0));
        if (index >= 0) return index;
        var where = sheet is null ? file : $"{file}, sheet {sheet}";
        var header = rows.FirstOrDefault(r => !r.IsBlank);
        var near = header is null ? "" : $" (the first row has {string.Join(", ", header.Cells.Where(c => c.Trim().Length > 0).Select(c => $"\"{c.Trim()}\""))}; missing: {string.Join(", ", required.Where(n => IndexOf(header, n) < 0).Select(n => $"\"{n}\""))})";
        throw new ConfigurationException(
            $"{where}: no header row with the columns {string.Join(", ", required.Select(n => $"\"{n}\""))} in the first {SearchRows} rows{near}; {what}");
    }

    /// <summary>Index of the first cell of <paramref name="row"/> equal to any of <paramref name="names"/> after normalising; -1 when none.</summary>
    public static int IndexOf(SheetRow row, params string[] names)
    {
        foreach (var name in names)
        {
            var wanted = Normalise(name);
            for (var i = 0; i < row.Cells.Count; i++)
                if (Normalise(row.Cells[i]) == wanted) return i;
        }
        return -1;
    }

    /// <summary>Lower case, trimmed, whitespace runs as one space: "Mephedrone\n(non-injection) " → "mephedrone (non-injection)".</summary>
    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>
    /// The number in cell <paramref name="column"/>: null when the column is absent or the cell is blank or a suppressed
    /// marker; otherwise the value, or null and a reject added to <paramref name="problems"/> when it is not a finite
    /// number (thousands separators allowed), is negative, or (with <paramref name="whole"/>) is not a whole number.
    /// </summary>
    public static double? Number(SheetRow row, int column, string columnName, bool whole, List<ExtractReject> problems, Func<string?, string, string, ExtractReject> reject)
    {
        if (column < 0) return null;
        var text = row.Cell(column);
        if (MissingValue.Is(text)) return null;
        if (!double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value)
            || (whole && value != Math.Floor(value)))
        {
            problems.Add(reject(columnName, ExtractReject.NotNumeric,
                $"\"{text}\" is not a {(whole ? "whole number" : "number")} nor a missing-value marker (\"*\", \"[c]\", \"[x]\", \":\", \"..\")."));
            return null;
        }
        if (value < 0)
        {
            problems.Add(reject(columnName, ExtractReject.Negative, $"{text} is negative; a count cannot be."));
            return null;
        }
        return value;
    }
}
