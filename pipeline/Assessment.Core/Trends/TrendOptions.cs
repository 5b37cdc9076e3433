using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>The settings of the trend analysis; the defaults are the ones the report's methodology describes.</summary>
public sealed record TrendOptions
{
    /// <summary>Two-sided level of every interval (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>False-discovery rate at which a Benjamini–Hochberg q-value counts as significant (default 0.05).</summary>
    public double FalseDiscoveryRate { get; init; } = 0.05;

    /// <summary>A month is likely incomplete when its in-area count is below this share of its neighbours' median (default 0.6).</summary>
    public double IncompleteFraction { get; init; } = 0.6;

    /// <summary>Neighbours on each side a month is judged against (default 3).</summary>
    public int IncompleteHalfWindow { get; init; } = 3;

    /// <summary>Fewest usable months a Mann–Kendall test is run on (default 10).</summary>
    public int MinimumTrendMonths { get; init; } = 10;

    /// <summary>Usable months from which the seasonal Mann–Kendall test is used instead of the plain one (default 24: two years).</summary>
    public int SeasonalTrendMonths { get; init; } = 24;

    /// <summary>Fewest usable baseline months control limits are computed from (default 3).</summary>
    public int MinimumBaselineMonths { get; init; } = 3;

    /// <summary>Baseline months below which control limits are called provisional (default 12).</summary>
    public int AdequateBaselineMonths { get; init; } = 12;

    /// <summary>Run rules of the control charts.</summary>
    public ControlChartOptions ControlChart { get; init; } = ControlChartOptions.Default;

    /// <summary>The defaults.</summary>
    public static TrendOptions Default { get; } = new();
}
