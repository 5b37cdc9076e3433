namespace Assessment.Core.Trends;

/// <summary>Which long-term trend test was run.</summary>
public enum TrendMethod
{
    /// <summary>Too few usable months for any test.</summary>
    NotComputed,

    /// <summary>Mann–Kendall with tie correction (fewer than two years of usable months).</summary>
    MannKendall,

    /// <summary>Seasonal Mann–Kendall (Hirsch): two or more years of usable months.</summary>
    SeasonalMannKendall,
}
