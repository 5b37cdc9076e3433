using Assessment.Core.Model;

namespace Assessment.Core.Charts;

/// <summary>A value for one month; null when the month has no data (the line is broken there, never drawn as zero).</summary>
/// <param name="Month">The calendar month.</param>
/// <param name="Value">The value in the chart's units (e.g. crimes in the month), or null for no data.</param>
public sealed record MonthlyValue(YearMonth Month, double? Value);
