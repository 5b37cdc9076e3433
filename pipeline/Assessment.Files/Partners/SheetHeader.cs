using System.Globalization;
using Assessment.Core.Partners;

namespace Assessment.Files.Partners;

/// <summary>
/// Column lookup and count parsing shared by the partner-extract readers: header names compared without case and
/// with runs of whitespace (embedded CR/LF included) read as one space, and counts read with suppressed markers as missing.
/// </summary>
internal static class SheetHeader
{
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
