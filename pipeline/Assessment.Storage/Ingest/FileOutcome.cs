namespace Assessment.Storage.Ingest;

/// <summary>What happened to one input file.</summary>
public enum FileOutcome
{
    /// <summary>New force-month: rows loaded.</summary>
    Loaded,

    /// <summary>A different version of a force-month already loaded (police.uk restates outcomes): the old rows were replaced in one transaction.</summary>
    Replaced,

    /// <summary>The same content was loaded before: nothing done.</summary>
    Unchanged,

    /// <summary>Not loaded (wrong header, empty, binary, unreadable, doubled line endings, a line break inside quotes, the same rows as
    /// a file of another force or month, or rows that don't add up); its rows are in the rejects table.</summary>
    Failed,
}
