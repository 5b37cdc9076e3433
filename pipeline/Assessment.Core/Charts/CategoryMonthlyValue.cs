using Assessment.Core.Model;

namespace Assessment.Core.Charts;

/// <summary>A value for one category in one month; null when the month has no data.</summary>
/// <param name="Category">The panel it belongs to, e.g. a crime type; compared ordinally.</param>
/// <param name="Month">The calendar month.</param>
/// <param name="Value">The value in the chart's units (e.g. crimes in the month), or null for no data (drawn as a gap).</param>
public sealed record CategoryMonthlyValue(string Category, YearMonth Month, double? Value);
