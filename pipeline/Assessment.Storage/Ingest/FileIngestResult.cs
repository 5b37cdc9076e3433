using Assessment.Core.Model;

namespace Assessment.Storage.Ingest;

/// <summary>The accounting for one input file after ingest.</summary>
/// <param name="File">The input file.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="FileId">The store's id for this content (for Unchanged, the earlier load's id).</param>
/// <param name="RowsRead">Data rows counted in the file independently of DuckDB.</param>
/// <param name="RowsLoaded">Rows now in the store from this file.</param>
/// <param name="RowsRejected">Rows in the rejects table for this file.</param>
/// <param name="Message">Why it failed, or what was replaced; null when there is nothing to say.</param>
/// <param name="Elapsed">Time spent on this file.</param>
public sealed record FileIngestResult(
    PoliceUkSourceFile File,
    FileOutcome Outcome,
    long FileId,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    string? Message,
    TimeSpan Elapsed)
{
    /// <summary>True when every row read is accounted for as loaded or rejected.</summary>
    public bool Balances => RowsRead == RowsLoaded + RowsRejected;
}
