namespace Assessment.Core.Statistics;

/// <summary>
/// A Theil–Sen or seasonal Kendall slope estimate (see <see cref="SenSlope"/> and <see cref="SeasonalKendallSlope"/>).
/// </summary>
/// <param name="Slope">Median of the pairwise slopes, in value units per unit of x (per month for monthly data); NaN with fewer than two distinct x.</param>
/// <param name="Intercept">median(y) − slope·median(x) (scipy's default "separate" intercept).</param>
/// <param name="SlopeInterval">The slope's interval (Sen 1968, or Gilbert 1987 §16.5/§17.3); NaN bounds when undefined, ±∞ when unbounded.</param>
/// <param name="PairCount">N′, the number of pairwise slopes (pairs with distinct x; within seasons for the seasonal slope).</param>
/// <param name="ConfidenceLevel">Two-sided level of the interval.</param>
public sealed record SenSlopeResult(double Slope, double Intercept, ConfidenceInterval SlopeInterval, int PairCount, double ConfidenceLevel)
{
    /// <summary>True when the lower bound is not itself in the interval (see <see cref="KendallSlopeInterval"/>); false for scipy's interval.</summary>
    public bool LowerOpen { get; init; }

    /// <summary>True when the upper bound is not itself in the interval.</summary>
    public bool UpperOpen { get; init; }

    /// <summary>Which estimator made the slope (default <see cref="SlopeEstimator.Sen"/>).</summary>
    public SlopeEstimator Estimator { get; init; } = SlopeEstimator.Sen;

    /// <summary>The interval with its open bounds, for asking whether it excludes 0.</summary>
    public SlopeConfidenceSet ConfidenceSet => new(SlopeInterval, LowerOpen, UpperOpen);
}
