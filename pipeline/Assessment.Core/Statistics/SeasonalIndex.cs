using Assessment.Core.Model;

namespace Assessment.Core.Statistics;

/// <summary>
/// Ratio-to-annual-mean seasonal index (METHODS.md §2.3): S_m = mean over complete years y of
/// x_{y,m} / (Σ_m x_{y,m} / 12).
/// </summary>
public static class SeasonalIndex
{
    /// <summary>The fewest complete years (12-month blocks, none missing, not all zero) an index is computed from.</summary>
    public const int MinimumYears = 2;

    /// <summary>
    /// Seasonal index of each calendar month from a monthly series starting at <paramref name="firstMonth"/>.
    /// </summary>
    /// <remarks>
    /// "Years" are consecutive 12-month blocks counted back from the last month, so the most recent data is
    /// always used and a series starting mid-year loses only its oldest part-year (24 months from April to
    /// March make two years). A block is complete when none of its months is missing (NaN); a complete block
    /// with no events at all carries no seasonal information and is skipped too. At least <see cref="MinimumYears"/>
    /// complete years are required; otherwise the result holds no indices, and its counts of years used and skipped
    /// say why.
    /// </remarks>
    /// <param name="values">Monthly counts in time order, consecutive months; each ≥ 0, or NaN for a missing month.</param>
    /// <param name="firstMonth">The calendar month of <c>values[0]</c>, which places every value in its calendar month.</param>
    /// <returns>Twelve indices (January first) averaging 1, or a result that is not computed, with the years counted.</returns>
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

        return years < MinimumYears
            ? new SeasonalIndexResult(false, [], years, values.Count, skippedIncomplete, skippedEmpty)
            : new SeasonalIndexResult(true, [.. sums.Select(s => s / years)], years, values.Count, skippedIncomplete, skippedEmpty);
    }
}
