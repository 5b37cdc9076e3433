namespace Assessment.Core.Trends;

/// <summary>How comparison levels are written in output tables.</summary>
public static class ComparisonLevelNames
{
    /// <summary>"area", "crime_type", "theme" or "ward": the <c>level</c> column of yoy.csv, monthly.csv and trend.csv.</summary>
    public static string ToCsvName(this ComparisonLevel level) => level switch
    {
        ComparisonLevel.Area => "area",
        ComparisonLevel.CrimeType => "crime_type",
        ComparisonLevel.Theme => "theme",
        ComparisonLevel.Ward => "ward",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown comparison level."),
    };
}
