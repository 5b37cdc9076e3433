namespace Assessment.Storage.Partners;

/// <summary>What loading one partner extract did.</summary>
/// <param name="FileId">The file's id in <c>source_file</c> (of the copy already loaded, when unchanged).</param>
/// <param name="Outcome">Loaded, replaced an earlier version, or unchanged (same content already loaded: nothing read).</param>
/// <param name="RowsRead">Non-blank data rows read.</param>
/// <param name="RowsLoaded">Rows stored.</param>
/// <param name="RowsRejected">Distinct rows refused; each is in <c>load_reject</c> with its row, column and reason.</param>
public sealed record PartnerFileLoad(long FileId, PartnerFileOutcome Outcome, long RowsRead, long RowsLoaded, long RowsRejected);

/// <summary>How a partner extract was treated.</summary>
public enum PartnerFileOutcome
{
    /// <summary>First load of this extract.</summary>
    Loaded,

    /// <summary>Different content from the version loaded before, whose rows and rejects were removed.</summary>
    Replaced,

    /// <summary>The same content is already loaded; the file was not read again.</summary>
    Unchanged,
}
