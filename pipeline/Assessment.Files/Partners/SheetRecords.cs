using Assessment.Core.Partners;

namespace Assessment.Files.Partners;

/// <summary>
/// The row loop every partner-table reader shares: each non-blank row below the header is parsed into a record, or
/// refused with every problem found in it (one <see cref="ExtractReject"/> each, with file, sheet, row and column).
/// </summary>
internal static class SheetRecords
{
    /// <summary>Makes the reject of a problem in the current row: (column or null, error type, reason).</summary>
    public delegate ExtractReject Rejecter(string? column, string errorType, string reason);

    /// <summary>Parses the rows below <paramref name="headerIndex"/>.</summary>
    /// <param name="rows">The sheet's rows from the top.</param>
    /// <param name="headerIndex">Index of the header row in <paramref name="rows"/>.</param>
    /// <param name="file">The file, named in rejects.</param>
    /// <param name="sheet">The sheet, or null for a CSV.</param>
    /// <param name="parse">Reads one row, adding its problems to the list; its result is kept only when the list stays empty.</param>
    /// <returns>The records in row order, the rejects, and the non-blank rows read.</returns>
    public static (List<T> Records, List<ExtractReject> Rejects, long DataRows) Read<T>(IReadOnlyList<SheetRow> rows, int headerIndex, string file, string? sheet,
        Func<SheetRow, List<ExtractReject>, Rejecter, T> parse)
    {
        var records = new List<T>();
        var rejects = new List<ExtractReject>();
        long dataRows = 0;
        foreach (var row in rows.Skip(headerIndex + 1))
        {
            if (row.IsBlank) continue;
            dataRows++;
            var problems = new List<ExtractReject>();
            var record = parse(row, problems, (column, type, reason) => new ExtractReject(file, sheet, row.Number, column, type, reason));
            if (problems.Count > 0) rejects.AddRange(problems);
            else records.Add(record);
        }
        return (records, rejects, dataRows);
    }
}
