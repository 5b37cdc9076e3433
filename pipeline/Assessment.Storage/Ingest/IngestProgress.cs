namespace Assessment.Storage.Ingest;

/// <summary>Progress after each file: how many of how many, and the running row count.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, string CurrentFile, long RowsRead);
