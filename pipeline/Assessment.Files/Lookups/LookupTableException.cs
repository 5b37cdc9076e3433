namespace Assessment.Files.Lookups;

/// <summary>A lookup table that is missing or lacks a column; the message names the file (and column).</summary>
public sealed class LookupTableException(string message, Exception? inner = null) : Exception(message, inner);
