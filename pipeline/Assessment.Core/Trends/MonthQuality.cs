using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>One month's completeness for the whole area: its status, how its in-area count compares with the count expected from every force's other months, and its "No Location" share.</summary>
/// <param name="Month">The month.</param>
/// <param name="Status">Complete, missing (no force has a file) or likely incomplete (some force's data is).</param>
/// <param name="InAreaCount">In-area records; null when the month is missing.</param>
/// <param name="ExpectedCount">Sum over the month's forces of the in-area count expected from each force's other months; NaN when some force was not judged.</param>
/// <param name="RatioToExpected">In-area count / expected count; NaN when it cannot be formed.</param>
/// <param name="NoLocationRows">Rows of the month's input files with no location (they cannot be placed in any area).</param>
/// <param name="RowsLoaded">Rows loaded from the month's input files.</param>
public sealed record MonthQuality(
    YearMonth Month,
    MonthStatus Status,
    long? InAreaCount,
    double ExpectedCount,
    double RatioToExpected,
    long NoLocationRows,
    long RowsLoaded)
{
    /// <summary>No-location rows / rows loaded; NaN when nothing was loaded.</summary>
    public double NoLocationShare => RowsLoaded > 0 ? (double)NoLocationRows / RowsLoaded : double.NaN;
}
