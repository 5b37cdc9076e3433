using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>The settings of the trend analysis; the defaults are the ones the report's methodology describes.</summary>
public sealed record TrendOptions
{
    /// <summary>Two-sided level of every interval (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>False-discovery rate at which a Benjamini–Hochberg q-value counts as significant (default 0.05).</summary>
    public double FalseDiscoveryRate { get; init; } = 0.05;

    /// <summary>
    /// A force's month is likely incomplete when its in-area count is below this share of the count expected from the
    /// force's other months (default 0.6), and the Poisson tail says so too (<see cref="IncompleteTailProbability"/>).
    /// </summary>
    public double IncompleteFraction { get; init; } = 0.6;

    /// <summary>
    /// Poisson P(X ≤ count | mean = expected) below which a shortfall is too large to be chance (default 0.001), so a
    /// force with a handful of in-area rows a month is not flagged for an ordinary quiet month.
    /// </summary>
    public double IncompleteTailProbability { get; init; } = 0.001;

    /// <summary>Fewest usable months a Mann–Kendall test is run on (default 10).</summary>
    public int MinimumTrendMonths { get; init; } = 10;

    /// <summary>Usable months from which the seasonal Mann–Kendall test is used instead of the plain one (default 24: two years).</summary>
    public int SeasonalTrendMonths { get; init; } = 24;

    /// <summary>
    /// Longest run of months without a usable count that a long-term trend may span (default 2). A longer gap means
    /// the series is not tested, since a slope across it would compare different parts of the year.
    /// </summary>
    public int MaximumTrendGapMonths { get; init; } = 2;

    /// <summary>
    /// Fewest usable baseline months a control chart is drawn from (default 12: a full year, so the baseline's
    /// month-to-month variation includes the seasons).
    /// </summary>
    public int MinimumBaselineMonths { get; init; } = 12;

    /// <summary>Run rules of the control charts.</summary>
    public ControlChartOptions ControlChart { get; init; } = ControlChartOptions.Default;

    /// <summary>The defaults.</summary>
    public static TrendOptions Default { get; } = new();
}
