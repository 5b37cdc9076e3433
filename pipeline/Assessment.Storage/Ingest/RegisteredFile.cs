namespace Assessment.Storage.Ingest;

/// <summary>A file the store already holds.</summary>
internal sealed record RegisteredFile(long FileId, string Path, string Sha256, long RowsLoaded, long RowsRejected);
