namespace Assessment.Core.Statistics;

/// <summary>One period on a control chart.</summary>
/// <param name="Index">Position in the input series (0-based).</param>
/// <param name="Value">The plotted value: the count (c, XmR) or the rate cᵢ/nᵢ (u); NaN for a missing period.</param>
/// <param name="CentreLine">The centre line from the baseline, in the plotted value's units.</param>
/// <param name="LowerLimit">Lower control limit, CL − 3σ (clamped at 0 for c and u charts).</param>
/// <param name="UpperLimit">Upper control limit, CL + 3σ.</param>
/// <param name="Sigma">σ at this point (√c̄; √(ū/nᵢ); σ_z·√(ū/nᵢ); MR̄/1.128).</param>
/// <param name="InBaseline">True for the periods the limits were computed from.</param>
/// <param name="Signals">Special-cause signals at this point.</param>
public sealed record ControlChartPoint(
    int Index,
    double Value,
    double CentreLine,
    double LowerLimit,
    double UpperLimit,
    double Sigma,
    bool InBaseline,
    ControlChartSignals Signals)
{
    /// <summary>True when the value is above the upper control limit.</summary>
    public bool IsExceedance => Signals.HasFlag(ControlChartSignals.AboveUpperLimit);
}
