namespace Assessment.Storage.Ingest;

/// <summary>A file's scan, or why it could not be read, and how long that took.</summary>
internal sealed record TimedScan(SourceFileScan? Scan, string? Failure, TimeSpan Elapsed);
