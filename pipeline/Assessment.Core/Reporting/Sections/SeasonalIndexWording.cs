using System.Globalization;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>Why a <see cref="SeasonalIndexResult"/> holds no indices, in words.</summary>
public static class SeasonalIndexWording
{
    /// <summary>
    /// One sentence naming the complete years found, the series length and the 12-month blocks skipped, e.g. "A seasonal
    /// index needs at least two complete years of monthly data; found 1 (series of 20 months; 0 year(s) with missing
    /// months and 0 with no events were skipped)."
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">The indices were computed, so there is no reason to give.</exception>
    public static string NotComputedReason(SeasonalIndexResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsComputed) throw new ArgumentException("The seasonal indices were computed; there is no reason to give.", nameof(result));
        return string.Create(CultureInfo.InvariantCulture,
            $"A seasonal index needs at least {MonthListText.CountWord(SeasonalIndex.MinimumYears)} complete years of monthly data; found {result.YearsUsed} " +
            $"(series of {result.SeriesMonths} months; {result.YearsWithMissingMonths} year(s) with missing months and {result.YearsWithNoEvents} with no events were skipped).");
    }
}
