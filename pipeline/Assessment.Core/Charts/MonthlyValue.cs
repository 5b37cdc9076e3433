using Assessment.Core.Model;

namespace Assessment.Core.Charts;

/// <summary>A value for one month; null when the month has no data (the line is broken there, never drawn as zero).</summary>
public sealed record MonthlyValue(YearMonth Month, double? Value);
