namespace Assessment.Core.Statistics;

/// <summary>How one month's count compares with its neighbours (see <see cref="IncompleteMonthDetector.Detect"/>).</summary>
/// <param name="Index">Position in the series.</param>
/// <param name="Value">The month's count (NaN when missing).</param>
/// <param name="NeighbourMedian">Median of the present neighbours in the window; NaN when there are none.</param>
/// <param name="Ratio">Value / median; NaN when fewer than two neighbours, the median is 0, or the value is missing.</param>
/// <param name="IsLikelyIncomplete">True when <paramref name="Ratio"/> is below the threshold fraction.</param>
public sealed record MonthCompleteness(int Index, double Value, double NeighbourMedian, double Ratio, bool IsLikelyIncomplete);
