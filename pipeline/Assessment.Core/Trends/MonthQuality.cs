using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>One month's completeness: its status, how its in-area count compares with its neighbours, and its "No Location" share.</summary>
/// <param name="Month">The month.</param>
/// <param name="Status">Loaded, missing or likely incomplete.</param>
/// <param name="InAreaCount">In-area records; null when the month is missing.</param>
/// <param name="NeighbourMedian">Median in-area count of up to three loaded months either side; NaN when there are none.</param>
/// <param name="RatioToNeighbours">In-area count / neighbour median; NaN when it cannot be formed (fewer than two neighbours, a zero median, or a missing month).</param>
/// <param name="NoLocationRows">Rows of the month's input files with no location (they cannot be placed in any area).</param>
/// <param name="RowsLoaded">Rows loaded from the month's input files.</param>
public sealed record MonthQuality(
    YearMonth Month,
    MonthStatus Status,
    long? InAreaCount,
    double NeighbourMedian,
    double RatioToNeighbours,
    long NoLocationRows,
    long RowsLoaded)
{
    /// <summary>No-location rows / rows loaded; NaN when nothing was loaded.</summary>
    public double NoLocationShare => RowsLoaded > 0 ? (double)NoLocationRows / RowsLoaded : double.NaN;
}
