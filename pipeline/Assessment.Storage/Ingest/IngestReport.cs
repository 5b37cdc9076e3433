namespace Assessment.Storage.Ingest;

/// <summary>All files of one ingest, in input order.</summary>
public sealed record IngestReport(IReadOnlyList<FileIngestResult> Files, TimeSpan Elapsed)
{
    /// <summary>Data rows counted in all files, independently of DuckDB.</summary>
    public long RowsRead => Files.Sum(f => f.RowsRead);

    /// <summary>Rows in the store from these files (including files already loaded earlier).</summary>
    public long RowsLoaded => Files.Sum(f => f.RowsLoaded);

    /// <summary>Rows in the rejects table for these files.</summary>
    public long RowsRejected => Files.Sum(f => f.RowsRejected);

    /// <summary>Rows loaded by this run (excludes files that were already loaded).</summary>
    public long RowsNewlyLoaded => Files.Where(f => f.Outcome is FileOutcome.Loaded or FileOutcome.Replaced).Sum(f => f.RowsLoaded);

    /// <summary>How many files had <paramref name="outcome"/>.</summary>
    public int Count(FileOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    /// <summary>True when any file failed or any row was rejected: the CLI then exits with code 1.</summary>
    public bool HasDataProblems => Files.Any(f => f.Outcome == FileOutcome.Failed || f.RowsRejected > 0);
}
