using System.Globalization;
using Assessment.Core.Model;

namespace Assessment.Core.Statistics;

/// <summary>
/// Ratio-to-annual-mean seasonal index (METHODS.md §2.3): S_m = mean over complete years y of
/// x_{y,m} / (Σ_m x_{y,m} / 12).
/// </summary>
public static class SeasonalIndex
{
    /// <summary>
    /// Seasonal index of each calendar month from a monthly series starting at <paramref name="firstMonth"/>.
    /// </summary>
    /// <remarks>
    /// "Years" are consecutive 12-month blocks counted back from the last month, so the most recent data is
    /// always used and a series starting mid-year loses only its oldest part-year (24 months from April to
    /// March make two years). A block is complete when none of its months is missing (NaN); a complete block
    /// with no events at all carries no seasonal information and is skipped too. At least two complete years
    /// are required; otherwise the result says why and holds no indices.
    /// </remarks>
    /// <param name="values">Monthly counts in time order, consecutive months; each ≥ 0, or NaN for a missing month.</param>
    /// <param name="firstMonth">The calendar month of <c>values[0]</c>, which places every value in its calendar month.</param>
    /// <returns>Twelve indices (January first) averaging 1, or a result that is not computed and says why.</returns>
    /// <exception cref="ArgumentException">A value is negative or infinite.</exception>
    public static SeasonalIndexResult Compute(IReadOnlyList<double> values, YearMonth firstMonth)
    {
        Guard.NonNegativeOrMissing(values, nameof(values));
        var sums = new double[12];
        var years = 0;
        int skippedIncomplete = 0, skippedEmpty = 0;
        for (var end = values.Count; end >= 12; end -= 12)
        {
            var block = Enumerable.Range(end - 12, 12).Select(i => values[i]).ToArray();
            if (block.Any(double.IsNaN)) { skippedIncomplete++; continue; }
            var mean = block.Average();
            if (mean <= 0) { skippedEmpty++; continue; }
            for (var offset = 0; offset < 12; offset++)
                sums[firstMonth.AddMonths(end - 12 + offset).Month - 1] += block[offset] / mean;
            years++;
        }

        if (years < 2)
        {
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"A seasonal index needs at least two complete years of monthly data; found {years} " +
                $"(series of {values.Count} months; {skippedIncomplete} year(s) with missing months and {skippedEmpty} with no events were skipped).");
            return new SeasonalIndexResult(false, reason, [], years);
        }

        return new SeasonalIndexResult(true, null, [.. sums.Select(s => s / years)], years);
    }
}
