namespace Assessment.Core.Trends;

/// <summary>Why a long-term trend test was not run, or what limits its reading.</summary>
public enum LongTermTrendNoteKind
{
    /// <summary>Fewer usable months than <see cref="TrendOptions.MinimumTrendMonths"/>: no test was run.</summary>
    TooFewMonths,

    /// <summary>
    /// Fewer usable months than <see cref="TrendOptions.SeasonalTrendMonths"/>: the plain Mann–Kendall test was used, which
    /// cannot separate a trend from the seasonal pattern.
    /// </summary>
    NotSeasonal,

    /// <summary>
    /// The seasonal test ran, but seasonal indices could not be computed (fewer than
    /// <see cref="Statistics.SeasonalIndex.MinimumYears"/> complete years), so Sen's slope is on the raw monthly counts.
    /// </summary>
    SlopeOnRawCounts,
}
