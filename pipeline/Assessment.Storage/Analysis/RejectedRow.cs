namespace Assessment.Storage.Analysis;

/// <summary>One problem with one input row: file, line (1 = header), column where known, DuckDB's error type and the reason.</summary>
/// <param name="File">The file as registered (folder/name).</param>
/// <param name="Line">1-based line in the file (1 is the header); null when the rows could not be listed.</param>
/// <param name="Column">The column at fault, or null when the whole row is (too many or too few columns, a refused file).</param>
/// <param name="ErrorType">DuckDB's read_csv error type (e.g. CAST, MISSING COLUMNS), or FILE REJECTED for a refused file.</param>
/// <param name="Reason">DuckDB's message, or why the file was refused.</param>
public sealed record RejectedRow(string File, long? Line, string? Column, string ErrorType, string Reason);
