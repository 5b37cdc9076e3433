using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting;

/// <summary>
/// The period a key fact covers, written the same way on every tile, so that two totals over different months are
/// never read as like for like: the months in words and how many there are.
/// </summary>
public static class KeyFactPeriod
{
    /// <summary>
    /// "January to December 2025 (12 months)", "January to April 2025 and June 2025 (five months)", "March 2025 (one month)".
    /// </summary>
    /// <param name="months">The months the figure covers, in any order; duplicates count once.</param>
    /// <exception cref="ArgumentException">No months: a figure over no months has no period to state.</exception>
    public static string Of(IEnumerable<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var distinct = months.Distinct().ToList();
        if (distinct.Count == 0) throw new ArgumentException("A key fact's period needs at least one month.", nameof(months));
        return $"{MonthListText.Describe(distinct)} ({Count(distinct.Count)})";
    }

    /// <summary>
    /// Two counts over matched months, earlier first: "5,261 in January to April 2024, 5,381 in January to April 2025 (four
    /// months each)", with the caution of <see cref="Caution"/> appended when <paramref name="totalMonths"/> is larger.
    /// </summary>
    /// <param name="previous">Count in <paramref name="previousMonths"/>.</param>
    /// <param name="previousMonths">The comparison-period months.</param>
    /// <param name="current">Count in <paramref name="currentMonths"/>.</param>
    /// <param name="currentMonths">The assessment-period months.</param>
    /// <param name="totalMonths">Months of the assessment-period total shown beside the comparison.</param>
    /// <exception cref="ArgumentException">Either list of months is empty.</exception>
    public static string Counts(long previous, IReadOnlyCollection<YearMonth> previousMonths, long current, IReadOnlyCollection<YearMonth> currentMonths, int totalMonths)
    {
        ArgumentNullException.ThrowIfNull(previousMonths);
        ArgumentNullException.ThrowIfNull(currentMonths);
        var text = previousMonths.Count == currentMonths.Count
            ? $"{ReportNumbers.FormatCount(previous)} in {Months(previousMonths)}, {ReportNumbers.FormatCount(current)} in {Months(currentMonths)} ({Each(currentMonths.Count)})"
            : $"{ReportNumbers.FormatCount(previous)} in {Of(previousMonths)}, {ReportNumbers.FormatCount(current)} in {Of(currentMonths)}";
        var caution = Caution(currentMonths.Count, totalMonths);
        return caution.Length == 0 ? text : $"{text}; {caution}";
    }

    /// <summary>"January to April 2025 against January to April 2024 (four months each)": the months of a comparison, later first.</summary>
    /// <exception cref="ArgumentException">Either list of months is empty.</exception>
    public static string Compared(IReadOnlyCollection<YearMonth> previousMonths, IReadOnlyCollection<YearMonth> currentMonths)
    {
        ArgumentNullException.ThrowIfNull(previousMonths);
        ArgumentNullException.ThrowIfNull(currentMonths);
        return previousMonths.Count == currentMonths.Count
            ? $"{Months(currentMonths)} against {Months(previousMonths)} ({Each(currentMonths.Count)})"
            : $"{Of(currentMonths)} against {Of(previousMonths)}";
    }

    /// <summary>
    /// The caution for a comparison over fewer months than the total beside it, e.g. "only four of the 12 months, so not
    /// comparable with the 12-month total"; empty when the comparison covers as many months as the total.
    /// </summary>
    /// <param name="compared">Months in each period of the comparison.</param>
    /// <param name="total">Months in the total shown beside it.</param>
    public static string Caution(int compared, int total) =>
        compared >= total ? "" : $"only {MonthListText.CountWord(compared)} of the {MonthListText.CountWord(total)} months, so not comparable with the {MonthListText.CountWord(total)}-month total";

    private static string Months(IReadOnlyCollection<YearMonth> months) =>
        months.Count > 0 ? MonthListText.Describe(months) : throw new ArgumentException("A key fact's period needs at least one month.", nameof(months));

    private static string Each(int months) => months == 1 ? "one month each" : $"{MonthListText.CountWord(months)} months each";

    private static string Count(int months) => months == 1 ? "one month" : $"{MonthListText.CountWord(months)} months";
}
