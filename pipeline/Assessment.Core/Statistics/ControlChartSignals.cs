namespace Assessment.Core.Statistics;

/// <summary>Special-cause signals raised at a control-chart point (several can apply at once).</summary>
[Flags]
public enum ControlChartSignals
{
    /// <summary>No signal: common-cause variation.</summary>
    None = 0,

    /// <summary>The point is above the upper control limit (an "exceedance").</summary>
    AboveUpperLimit = 1,

    /// <summary>The point is below the lower control limit.</summary>
    BelowLowerLimit = 2,

    /// <summary>The point belongs to a run of at least <see cref="ControlChartOptions.ShiftRunLength"/> points strictly on one side of the centre line.</summary>
    Shift = 4,

    /// <summary>The point belongs to a run of at least <see cref="ControlChartOptions.TrendRunLength"/> points each strictly above (or each strictly below) the one before.</summary>
    Trend = 8,

    /// <summary>The point is beyond 2σ and is one of at least 2 of 3 consecutive points beyond 2σ on the same side.</summary>
    TwoOfThreeBeyondTwoSigma = 16,
}
