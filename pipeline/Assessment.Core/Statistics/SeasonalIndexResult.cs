using Assessment.Core.Model;

namespace Assessment.Core.Statistics;

/// <summary>
/// Seasonal indices by calendar month (see <see cref="SeasonalIndex.Compute"/>). When <paramref name="IsComputed"/> is
/// false there are no indices; the counts say why, and the report words them
/// (<c>Reporting.Sections.SeasonalIndexWording</c>).
/// </summary>
/// <param name="IsComputed">False when fewer than <see cref="SeasonalIndex.MinimumYears"/> complete years were available.</param>
/// <param name="IndexByCalendarMonth">12 indices, January first; they average exactly 1. Empty when not computed.</param>
/// <param name="YearsUsed">Complete 12-month blocks the indices average over (or would have, when not computed).</param>
/// <param name="SeriesMonths">Length of the series given, in months (missing months included).</param>
/// <param name="YearsWithMissingMonths">12-month blocks skipped because a month is missing.</param>
/// <param name="YearsWithNoEvents">12-month blocks skipped because every month is zero.</param>
public sealed record SeasonalIndexResult(
    bool IsComputed,
    IReadOnlyList<double> IndexByCalendarMonth,
    int YearsUsed,
    int SeriesMonths,
    int YearsWithMissingMonths,
    int YearsWithNoEvents)
{
    /// <summary>The index of a calendar month: 1 is an average month, 1.2 a month 20 % above the annual mean.</summary>
    /// <param name="calendarMonth">1 (January) to 12 (December).</param>
    /// <exception cref="InvalidOperationException">The index was not computed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calendarMonth"/> is outside 1–12.</exception>
    public double For(int calendarMonth)
    {
        if (!IsComputed)
            throw new InvalidOperationException($"No seasonal index was computed: {YearsUsed} complete years, at least {SeasonalIndex.MinimumYears} needed.");
        if (calendarMonth is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(calendarMonth), calendarMonth, "Calendar month must be 1–12.");
        return IndexByCalendarMonth[calendarMonth - 1];
    }

    /// <summary>
    /// Deseasonalised values x / S_m for a series starting at <paramref name="firstMonth"/>. Missing values
    /// stay NaN; a month whose index is 0 gives NaN.
    /// </summary>
    /// <param name="values">Monthly values in time order, consecutive months.</param>
    /// <param name="firstMonth">The calendar month of <c>values[0]</c>.</param>
    /// <returns>A new array of the same length as <paramref name="values"/>, in the values' units.</returns>
    /// <exception cref="InvalidOperationException">The index was not computed.</exception>
    public double[] Deseasonalise(IReadOnlyList<double> values, YearMonth firstMonth)
    {
        ArgumentNullException.ThrowIfNull(values);
        var output = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var index = For(firstMonth.AddMonths(i).Month);
            output[i] = index > 0 ? values[i] / index : double.NaN;
        }

        return output;
    }
}
