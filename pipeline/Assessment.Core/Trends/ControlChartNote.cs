using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>
/// Why a series has no control chart, as facts; the report words it
/// (<c>Reporting.Sections.ControlChartNoteWording</c>).
/// </summary>
/// <param name="Kind">Which case.</param>
/// <param name="Baseline">The baseline asked for, before clipping to the loaded months (a configured baseline without a first month starts in year 1); null when none could be formed.</param>
/// <param name="Window">The baseline clipped to the loaded months; null when no loaded month falls in it.</param>
/// <param name="UsableMonths">Months of <paramref name="Window"/> with a usable count (loaded, not flagged incomplete), ascending.</param>
/// <param name="MinimumMonths">Usable baseline months needed for limits (<see cref="TrendOptions.MinimumBaselineMonths"/>).</param>
public sealed record ControlChartNote(
    ControlChartNoteKind Kind,
    MonthRange? Baseline,
    MonthRange? Window,
    IReadOnlyList<YearMonth> UsableMonths,
    int MinimumMonths);
