namespace Assessment.Storage.Ingest;

/// <summary>Progress after each file: how many of how many, and the running row count.</summary>
/// <param name="FilesDone">Files settled so far (loaded, unchanged or refused), 1 to <paramref name="FilesTotal"/>.</param>
/// <param name="FilesTotal">Files in this ingest.</param>
/// <param name="CurrentFile">The file just settled, as displayed (folder/name).</param>
/// <param name="RowsRead">Data rows counted in the settled files so far.</param>
public sealed record IngestProgress(int FilesDone, int FilesTotal, string CurrentFile, long RowsRead);
