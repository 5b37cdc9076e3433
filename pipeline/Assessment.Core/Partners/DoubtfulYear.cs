namespace Assessment.Core.Partners;

/// <summary>
/// Finds years of a yearly series whose figure is out of all proportion to the year before: a fall to under a quarter,
/// or a rise to over four times, where the larger of the two is at least <see cref="MinimumLarger"/>. A change that size
/// in a year of a county's deaths or admissions is far more often an incomplete year or a transcription slip than a real
/// change (the compiled drug-misuse admissions table has Kent at 410 in 2019 and 40.0 in 2020), so such a year is shown
/// but kept out of any statement of change.
/// </summary>
public static class DoubtfulYear
{
    /// <summary>Ratio to the year before beyond which (or below whose inverse) a year is doubtful.</summary>
    public const double Factor = 4;

    /// <summary>The larger of the two figures must reach this for a jump to count: small counts can move fourfold by chance.</summary>
    public const double MinimumLarger = 50;

    /// <summary>The years (as given) whose figure is doubtful against the nearest earlier year with a figure.</summary>
    /// <param name="series">Year and figure, oldest first; null figures are skipped.</param>
    /// <returns>The doubtful years, oldest first; empty when none.</returns>
    public static IReadOnlyList<int> In(IReadOnlyList<(int Year, double? Value)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var doubtful = new List<int>();
        double? previous = null;
        foreach (var (year, value) in series)
        {
            if (value is not { } v) continue;
            if (previous is { } p && Math.Max(p, v) >= MinimumLarger && (v > Factor * p || v * Factor < p))
            {
                doubtful.Add(year);
                continue; // a doubtful year is not the baseline for the next
            }
            previous = v;
        }
        return doubtful;
    }
}
