namespace Assessment.Storage.Ingest;

/// <summary>
/// Facts about a file read straight from its bytes, independently of DuckDB, so that what DuckDB loads
/// can be checked against them.
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the content: the identity used to skip files already loaded.</param>
/// <param name="Bytes">File size.</param>
/// <param name="HeaderLine">First line without its line break (BOM removed), or null for an empty file.</param>
/// <param name="DataRows">Non-blank lines after the header.</param>
/// <param name="BlankLines">Blank lines after the header (not rows; reported, never loaded).</param>
/// <param name="LineEnding">Line-break style.</param>
/// <param name="FirstNulByte">Offset of the first NUL byte, which marks a binary (non-CSV) file; null for text.</param>
/// <param name="RowsSha256">
/// Lower-case hex SHA-256 of the file's data rows as a multiset: each row's 128-bit XXH3 hash (line break removed),
/// sorted, then hashed. Equal for two files holding the same rows whatever their order, line endings or name; null when the file
/// has no data rows.
/// </param>
/// <param name="RowRejects">Rows refused by the scan itself (another month's rows, identical repeats), in line order.</param>
/// <param name="DoubledCrLines">Lines ending CR CR LF (a file re-saved by a tool that doubled its line endings).</param>
/// <param name="FirstDoubledCrLine">1-based number of the first such line, or null.</param>
/// <param name="QuotedLineBreakLine">
/// 1-based number of the first line on which a quoted field opens and is still open at the line break, or null.
/// </param>
public sealed record SourceFileScan(
    string Sha256,
    long Bytes,
    string? HeaderLine,
    long DataRows,
    long BlankLines,
    LineEnding LineEnding,
    long? FirstNulByte,
    string? RowsSha256,
    IReadOnlyList<RowReject> RowRejects,
    long DoubledCrLines,
    long? FirstDoubledCrLine,
    long? QuotedLineBreakLine)
{
    /// <summary>Lines that end with a line break (LF or CR LF), the header included.</summary>
    public long LineBreaks { get; init; }
}
