namespace Assessment.Core.Statistics;

/// <summary>How one month's count compares with its expected level (see <see cref="IncompleteMonthDetector.Detect"/>).</summary>
/// <param name="Index">Position in the series.</param>
/// <param name="Value">The month's count (NaN when missing).</param>
/// <param name="Expected">Expected count: the smaller of the median of the other months and the median of the same calendar month in other years; NaN when not judged.</param>
/// <param name="Ratio">Value / expected; NaN when not judged or the expected count is 0.</param>
/// <param name="TailProbability">Poisson P(X ≤ value | mean = expected); NaN when not judged.</param>
/// <param name="IsLikelyIncomplete">True when the ratio is below the fraction and the tail probability below its threshold.</param>
public sealed record MonthCompleteness(int Index, double Value, double Expected, double Ratio, double TailProbability, bool IsLikelyIncomplete);
