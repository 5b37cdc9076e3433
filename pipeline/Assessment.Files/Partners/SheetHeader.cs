using Assessment.Files.Configuration;

namespace Assessment.Files.Partners;

/// <summary>
/// Finds a table's header row by its column names and the columns by name, so title rows above the header and
/// columns reordered or added between vintages read the same. Names match ignoring case and repeated or surrounding
/// spaces (DEFRA writes "Mid population estimates " with a trailing space).
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

    /// <summary>The index of the cell of <paramref name="row"/> named <paramref name="name"/>, or -1.</summary>
    public static int IndexOf(SheetRow row, string name)
    {
        var wanted = Normalise(name);
        for (var i = 0; i < row.Cells.Count; i++)
            if (Normalise(row.Cells[i]) == wanted) return i;
        return -1;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
