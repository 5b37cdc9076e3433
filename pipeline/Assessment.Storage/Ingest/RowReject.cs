namespace Assessment.Storage.Ingest;

/// <summary>
/// A data row that the byte scan itself refuses (DuckDB could parse it, but loading it would count something twice).
/// Written to <c>load_reject</c> beside DuckDB's own rejects.
/// </summary>
/// <param name="Line">1-based line number in the file (the header is line 1).</param>
/// <param name="Column">The column at fault (<c>Month</c>), or null when the whole row is at fault.</param>
/// <param name="ErrorType">
/// <see cref="OtherMonth"/> or <see cref="IdenticalRow"/>; stored in <c>load_reject.error_type</c>.
/// </param>
/// <param name="Reason">A plain sentence saying what is wrong and what was done.</param>
/// <param name="RawLine">The line as read (line break removed, control characters replaced).</param>
public sealed record RowReject(long Line, string? Column, string ErrorType, string Reason, string RawLine)
{
    /// <summary>Error type of a row whose <c>Month</c> is not the month in its file's name.</summary>
    public const string OtherMonth = "OTHER MONTH";

    /// <summary>Error type of a row byte-for-byte identical to an earlier row of the same file with a Crime ID.</summary>
    public const string IdenticalRow = "IDENTICAL ROW";
}
