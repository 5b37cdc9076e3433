using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>One month of a monthly series (one row of monthly.csv).</summary>
/// <param name="Month">The month.</param>
/// <param name="Status">Loaded, missing or likely incomplete.</param>
/// <param name="Count">Records; null when the month is missing.</param>
/// <param name="RollingTwelveMonthTotal">Sum of this and the 11 previous months; null unless all 12 are usable.</param>
/// <param name="SeasonalIndex">The calendar month's seasonal index; null when indices could not be computed.</param>
/// <param name="Chart">The control-chart point (limits and signals); null without a chart. Its value is NaN for a
/// month left out of the chart (missing or likely incomplete).</param>
public sealed record MonthlyPoint(YearMonth Month, MonthStatus Status, long? Count, double? RollingTwelveMonthTotal, double? SeasonalIndex, ControlChartPoint? Chart);
