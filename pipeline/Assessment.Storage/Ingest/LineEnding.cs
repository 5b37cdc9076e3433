namespace Assessment.Storage.Ingest;

/// <summary>How a file ends its lines. police.uk's 2024 files use CRLF and its 2025 files LF.</summary>
public enum LineEnding
{
    /// <summary>No line break at all (a header-only file without a newline, or an empty file).</summary>
    None,

    /// <summary>Every line ends with LF alone (police.uk's 2025 files).</summary>
    Lf,

    /// <summary>Every line ends with CR LF (police.uk's 2024 files).</summary>
    CrLf,

    /// <summary>Both kinds; DuckDB is given the first kind seen and the row-count check catches any loss.</summary>
    Mixed,
}
