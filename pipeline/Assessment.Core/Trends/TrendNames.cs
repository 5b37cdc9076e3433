namespace Assessment.Core.Trends;

/// <summary>How trend methods and verdicts are written in trend.csv and the report.</summary>
public static class TrendNames
{
    /// <summary>"mann_kendall", "seasonal_mann_kendall" or "not_computed".</summary>
    public static string ToCsvName(this TrendMethod method) => method switch
    {
        TrendMethod.MannKendall => "mann_kendall",
        TrendMethod.SeasonalMannKendall => "seasonal_mann_kendall",
        TrendMethod.NotComputed => "not_computed",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown method."),
    };

    /// <summary>"Mann–Kendall", "Seasonal Mann–Kendall" or "Not computed".</summary>
    public static string ToLabel(this TrendMethod method) => method switch
    {
        TrendMethod.MannKendall => "Mann\u2013Kendall",
        TrendMethod.SeasonalMannKendall => "Seasonal Mann\u2013Kendall",
        TrendMethod.NotComputed => "Not computed",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown method."),
    };

    /// <summary>"increasing", "decreasing", "no clear trend" or "not tested".</summary>
    public static string ToText(this TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Increasing => "increasing",
        TrendVerdict.Decreasing => "decreasing",
        TrendVerdict.NoClearTrend => "no clear trend",
        TrendVerdict.NotTested => "not tested",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };
}
