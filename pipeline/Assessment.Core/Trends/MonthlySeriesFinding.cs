using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>
/// The monthly picture of one series over all loaded months: rolling 12-month totals, seasonal indices where two
/// complete years exist, and a Laney u′-chart (limits that allow for the baseline's overdispersion) frozen from a baseline of at least 12 usable months, its run rules and exceedances.
/// </summary>
/// <param name="Series">Level and key.</param>
/// <param name="Points">One point per month from the first to the last loaded month.</param>
/// <param name="Seasonal">Seasonal indices, or why they could not be computed.</param>
/// <param name="ControlChart">The Laney u′-chart of the counts; null when it could not be drawn (see <paramref name="ControlChartNote"/>).</param>
/// <param name="Baseline">The months the limits were meant to come from (before clipping to loaded data); null when no baseline could be formed.</param>
/// <param name="BaselineMonthsUsed">Usable months in the baseline.</param>
/// <param name="ControlChartNote">Why there is no chart; null when there is one.</param>
public sealed record MonthlySeriesFinding(
    SeriesKey Series,
    IReadOnlyList<MonthlyPoint> Points,
    SeasonalIndexResult Seasonal,
    ControlChartResult? ControlChart,
    MonthRange? Baseline,
    int BaselineMonthsUsed,
    ControlChartNote? ControlChartNote)
{
    /// <summary>Months of <paramref name="range"/> with any control-chart signal, in order.</summary>
    public IReadOnlyList<MonthlyPoint> SignalsIn(MonthRange range) =>
        [.. Points.Where(p => range.Contains(p.Month) && p.Chart is { } c && c.Signals != ControlChartSignals.None)];
}
