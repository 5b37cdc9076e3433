namespace Assessment.Core.Statistics;

/// <summary>Which median-of-pairwise-slopes estimator a <see cref="SenSlopeResult"/> comes from.</summary>
public enum SlopeEstimator
{
    /// <summary>Sen (1968): the median over all pairs of periods.</summary>
    Sen,

    /// <summary>Seasonal Kendall slope (Hirsch, Slack &amp; Smith 1982): the median over pairs of the same season only.</summary>
    SeasonalKendall,
}
