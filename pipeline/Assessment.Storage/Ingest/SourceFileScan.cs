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
public sealed record SourceFileScan(
    string Sha256,
    long Bytes,
    string? HeaderLine,
    long DataRows,
    long BlankLines,
    LineEnding LineEnding,
    long? FirstNulByte);
