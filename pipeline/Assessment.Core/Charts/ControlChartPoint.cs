using Assessment.Core.Model;

namespace Assessment.Core.Charts;

/// <summary>One month of a control chart: the value, the centre line and limits computed elsewhere, and whether it is a signal.</summary>
/// <param name="Month">The calendar month plotted.</param>
/// <param name="Value">The plotted value in the chart's units (a count or a rate).</param>
/// <param name="Centre">The centre line at this month, same units.</param>
/// <param name="Lower">The lower control limit at this month, same units; not above <paramref name="Upper"/>.</param>
/// <param name="Upper">The upper control limit at this month, same units.</param>
/// <param name="Signal">True to mark the point as a special-cause signal (drawn as a diamond in a second colour).</param>
public sealed record ControlChartPoint(YearMonth Month, double Value, double Centre, double Lower, double Upper, bool Signal = false);
