namespace Assessment.Core.Partners;

/// <summary>One cell of a wide year × county/UA table (e.g. deaths related to drug misuse in Kent in 2016).</summary>
/// <param name="Year">Calendar year (or the first year of a financial year, as the table labels it).</param>
/// <param name="Area">County or unitary authority name from the header, trimmed (e.g. "Kent", "Bristol, City of").</param>
/// <param name="Value">The figure; null when the cell is blank or suppressed.</param>
/// <param name="SourceRow">CSV line of the year's row.</param>
public sealed record CountyMeasureRecord(int Year, string Area, double? Value, long SourceRow);
