using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>The data-quality rules that change the analysis: month completeness, missing months and LSOA vintage.</summary>
/// <param name="Months">Every month from the earliest to the latest of the loaded months and both periods, in order.</param>
/// <param name="Vintage">The LSOA-vintage check.</param>
public sealed record DataQualityFindings(IReadOnlyList<MonthQuality> Months, LsoaVintageFindings Vintage)
{
    /// <summary>Months no input file covers, in order.</summary>
    public IReadOnlyList<YearMonth> MissingMonths => [.. Months.Where(m => m.Status == MonthStatus.Missing).Select(m => m.Month)];

    /// <summary>Loaded months flagged as likely incomplete and left out of every test, in order.</summary>
    public IReadOnlyList<YearMonth> IncompleteMonths => [.. Months.Where(m => m.Status == MonthStatus.LikelyIncomplete).Select(m => m.Month)];
}
