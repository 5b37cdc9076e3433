using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>Everything the trend analysis found, for the output tables and the report.</summary>
/// <param name="AreaName">E.g. "Canterbury".</param>
/// <param name="Period">Assessment and comparison periods.</param>
/// <param name="Options">The thresholds and levels used.</param>
/// <param name="Coverage">The months the year-on-year comparison uses, and what was left out.</param>
/// <param name="YearOnYear">One comparison per series (area, crime types, themes, wards), in that order; empty when no month could be compared.</param>
/// <param name="Monthly">The monthly picture of each series, in the same order.</param>
/// <param name="LongTerm">The trend test of each series, in the same order.</param>
/// <param name="Harm">Harm-weighted totals and rankings by crime type.</param>
/// <param name="Population">The area's residents; null when no population file was given (counts only).</param>
/// <param name="Rates">Rates per 1,000 residents for the area, crime types and themes; empty without a population.</param>
/// <param name="Themes">Each configured theme and which of its crime types occur.</param>
/// <param name="Wards">How records were placed in wards; null without a ward boundary file.</param>
/// <param name="DataQuality">Month completeness, missing months and the LSOA-vintage check.</param>
public sealed record TrendFindings(
    string AreaName,
    AssessmentPeriod Period,
    TrendOptions Options,
    ComparisonCoverage Coverage,
    IReadOnlyList<YoyFinding> YearOnYear,
    IReadOnlyList<MonthlySeriesFinding> Monthly,
    IReadOnlyList<LongTermTrendFinding> LongTerm,
    HarmFindings Harm,
    AreaPopulation? Population,
    IReadOnlyList<RateFinding> Rates,
    IReadOnlyList<ThemeCoverage> Themes,
    WardSummary? Wards,
    DataQualityFindings DataQuality)
{
    /// <summary>The comparisons at one level, in table order.</summary>
    public IReadOnlyList<YoyFinding> YearOnYearAt(ComparisonLevel level) => [.. YearOnYear.Where(f => f.Series.Level == level)];

    /// <summary>The comparison of one series, or null (no compared months, or no such series).</summary>
    public YoyFinding? YearOnYearOf(SeriesKey series) => YearOnYear.FirstOrDefault(f => f.Series == series);

    /// <summary>The monthly picture of one series, or null.</summary>
    public MonthlySeriesFinding? MonthlyOf(SeriesKey series) => Monthly.FirstOrDefault(f => f.Series == series);

    /// <summary>The trend test of one series, or null.</summary>
    public LongTermTrendFinding? LongTermOf(SeriesKey series) => LongTerm.FirstOrDefault(f => f.Series == series);

    /// <summary>The configured theme whose id is <paramref name="id"/> (ignoring case), or null.</summary>
    public ThemeCoverage? Theme(string id) => Themes.FirstOrDefault(t => string.Equals(t.Theme.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Crime types in the data, in table order (largest assessment-period count first).</summary>
    public IReadOnlyList<string> CrimeTypes => [.. Monthly.Where(m => m.Series.Level == ComparisonLevel.CrimeType).Select(m => m.Series.Key)];
}
