namespace Assessment.Core.Statistics;

/// <summary>
/// Theil–Sen slope estimate (see <see cref="SenSlope.Estimate(IReadOnlyList{double}, IReadOnlyList{double}, double)"/>).
/// </summary>
/// <param name="Slope">Median of the pairwise slopes, in value units per unit of x (per month for monthly data); NaN with fewer than two distinct x.</param>
/// <param name="Intercept">median(y) − slope·median(x) (scipy's default "separate" intercept).</param>
/// <param name="SlopeInterval">Sen's (1968) distribution-free interval for the slope; NaN bounds when undefined.</param>
/// <param name="PairCount">N′, the number of pairwise slopes (pairs with distinct x).</param>
/// <param name="ConfidenceLevel">Two-sided level of the interval.</param>
public sealed record SenSlopeResult(double Slope, double Intercept, ConfidenceInterval SlopeInterval, int PairCount, double ConfidenceLevel);
