namespace Assessment.Core.Trends;

/// <summary>Why a series has no control chart.</summary>
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

    /// <summary>Every usable baseline month has a count of zero, so there is no centre line to set limits around.</summary>
    EmptyBaseline,

    /// <summary>No two consecutive baseline months are usable, so the month-to-month variation that sets Laney's limits cannot be measured.</summary>
    NoConsecutiveBaselineMonths,
}
