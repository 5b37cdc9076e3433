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
    /// The usable months have a gap longer than <see cref="TrendOptions.MaximumTrendGapMonths"/>: no test was run and no
    /// slope is given, because a trend across the gap would compare different parts of the year.
    /// </summary>
    GapInSeries,
}
