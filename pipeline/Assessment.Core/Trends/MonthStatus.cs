namespace Assessment.Core.Trends;

/// <summary>Whether a month's data can be used.</summary>
public enum MonthStatus
{
    /// <summary>Loaded and complete as far as the checks can tell ("complete").</summary>
    Loaded,

    /// <summary>No input file covers the month.</summary>
    Missing,

    /// <summary>Loaded, but the in-area count is far below the level expected from the other months; left out of every test.</summary>
    LikelyIncomplete,
}
