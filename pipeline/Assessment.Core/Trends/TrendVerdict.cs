namespace Assessment.Core.Trends;

/// <summary>What a long-term trend test supports (decided on its Benjamini–Hochberg q-value).</summary>
public enum TrendVerdict
{
    /// <summary>The test was not run (see the finding's note).</summary>
    NotTested,

    /// <summary>No monotonic trend the statistics support.</summary>
    NoClearTrend,

    /// <summary>A significant upward trend.</summary>
    Increasing,

    /// <summary>A significant downward trend.</summary>
    Decreasing,
}
