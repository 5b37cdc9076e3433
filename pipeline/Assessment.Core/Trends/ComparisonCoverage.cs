using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>
/// Which months the year-on-year comparison uses. A month of the assessment period is compared when it and the
/// same month one period earlier are both loaded and neither is likely incomplete ("like for like").
/// </summary>
/// <param name="PeriodLength">Months in each period.</param>
/// <param name="MonthsCompared">Assessment-period months compared, in order (their counterparts are each one period earlier).</param>
/// <param name="WithoutCounterpart">Usable assessment-period months whose comparison-period month is missing.</param>
/// <param name="ExcludedIncomplete">Months of either period left out because they are likely incomplete.</param>
/// <param name="CurrentMonthsMissing">Assessment-period months not loaded.</param>
/// <param name="ComparisonMonthsMissing">Comparison-period months not loaded.</param>
public sealed record ComparisonCoverage(
    int PeriodLength,
    IReadOnlyList<YearMonth> MonthsCompared,
    IReadOnlyList<YearMonth> WithoutCounterpart,
    IReadOnlyList<YearMonth> ExcludedIncomplete,
    IReadOnlyList<YearMonth> CurrentMonthsMissing,
    IReadOnlyList<YearMonth> ComparisonMonthsMissing)
{
    /// <summary>Comparison-period months compared, in order.</summary>
    public IReadOnlyList<YearMonth> ComparisonMonthsCompared => [.. MonthsCompared.Select(m => m.AddMonths(-PeriodLength))];

    /// <summary>True when every month of both periods is compared.</summary>
    public bool IsComplete => MonthsCompared.Count == PeriodLength;
}
