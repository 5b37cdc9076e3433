using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>The long-term trend test of one series (one row of trend.csv).</summary>
/// <param name="Series">Level and key.</param>
/// <param name="Method">Seasonal or plain Mann–Kendall, or not computed.</param>
/// <param name="MonthsUsed">Usable months the test saw (missing and likely incomplete months left out).</param>
/// <param name="Span">First to last month of the series; null when nothing is loaded.</param>
/// <param name="MannKendall">The plain test, when it was the method.</param>
/// <param name="Seasonal">The seasonal test, when it was the method.</param>
/// <param name="Sen">
/// The slope per month with its interval: the seasonal Kendall slope for the seasonal test, Sen's slope for the plain
/// one (<see cref="SenSlopeResult.Estimator"/>). The interval inverts the same test at the level that makes it exclude 0
/// exactly when the verdict is significant (<see cref="SenSlopeResult.ConfidenceLevel"/>, the same for every series of
/// a run); null when not computed.
/// </param>
/// <param name="QValue">Benjamini–Hochberg q-value across the computed trend tests; NaN when not computed.</param>
/// <param name="Verdict">Increasing, decreasing, no clear trend, or not tested.</param>
/// <param name="Note">Why a test was not run, or what limits its reading, as facts; null when there is nothing to say.</param>
public sealed record LongTermTrendFinding(
    SeriesKey Series,
    TrendMethod Method,
    int MonthsUsed,
    MonthRange? Span,
    MannKendallResult? MannKendall,
    SeasonalMannKendallResult? Seasonal,
    SenSlopeResult? Sen,
    double QValue,
    TrendVerdict Verdict,
    LongTermTrendNote? Note)
{
    /// <summary>Mann–Kendall S of the method used (0 when not computed).</summary>
    public long S => Seasonal?.S ?? MannKendall?.S ?? 0;

    /// <summary>Var(S) with the tie correction; NaN when not computed.</summary>
    public double VarianceS => Seasonal?.VarianceS ?? MannKendall?.VarianceS ?? double.NaN;

    /// <summary>Continuity-corrected Z; NaN when not computed.</summary>
    public double Z => Seasonal?.Z ?? MannKendall?.Z ?? double.NaN;

    /// <summary>Two-sided p-value; NaN when not computed.</summary>
    public double PValue => Seasonal?.PValue ?? MannKendall?.PValue ?? double.NaN;

    /// <summary>Kendall's τ (τ_a for the plain test, the seasonal τ otherwise); NaN when not computed.</summary>
    public double Tau => Seasonal?.Tau ?? MannKendall?.TauA ?? double.NaN;
}
