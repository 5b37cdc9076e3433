using Assessment.Core.Model;

namespace Assessment.Core.Charts;

/// <summary>A value for one category in one month; null when the month has no data.</summary>
public sealed record CategoryMonthlyValue(string Category, YearMonth Month, double? Value);
