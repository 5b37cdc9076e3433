namespace Assessment.Core.Trends;

/// <summary>Why a series has no control chart, or why its limits are only provisional.</summary>
public enum ControlChartNoteKind
{
    /// <summary>No month is loaded at all.</summary>
    NoMonthsLoaded,

    /// <summary>No baseline was configured and no month before the assessment period is loaded.</summary>
    NoEarlierMonth,

    /// <summary>No loaded month falls in the baseline.</summary>
    NoMonthInBaseline,

    /// <summary>Fewer usable baseline months than <see cref="TrendOptions.MinimumBaselineMonths"/>.</summary>
    TooFewBaselineMonths,

    /// <summary>Every usable baseline month has a count of zero, so a c-chart has no limits.</summary>
    EmptyBaseline,

    /// <summary>Limits were drawn, but from fewer usable months than <see cref="TrendOptions.AdequateBaselineMonths"/>.</summary>
    ProvisionalLimits,
}
