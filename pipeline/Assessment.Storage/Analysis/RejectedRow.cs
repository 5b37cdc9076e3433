namespace Assessment.Storage.Analysis;

/// <summary>One problem with one input row: file, line (1 = header), column where known, DuckDB's error type and the reason.</summary>
public sealed record RejectedRow(string File, long? Line, string? Column, string ErrorType, string Reason);
