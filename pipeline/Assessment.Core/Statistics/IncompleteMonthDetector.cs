namespace Assessment.Core.Statistics;

/// <summary>
/// Flags months whose count is implausibly low against the months around them: a force's file published
/// part-way through its month, a supplier outage, or the latest month not yet complete.
/// </summary>
public static class IncompleteMonthDetector
{
    /// <summary>
    /// For each month, the median of the present months up to <paramref name="halfWindow"/> before and after
    /// it (the month itself excluded) and the ratio value / median; flagged when the ratio is below
    /// <paramref name="fraction"/> (default 0.6).
    /// </summary>
    /// <remarks>
    /// At the ends the window is simply cut short: the latest month is judged against the
    /// <paramref name="halfWindow"/> months before it, which is where incomplete months usually are. A ratio
    /// needs at least two present neighbours, so series shorter than 3 months are never flagged. A missing
    /// month (NaN) is not judged and is not used as anyone's neighbour. A zero median gives no ratio (nothing
    /// to fall short of). The rule is deliberately simple; with single-digit medians ordinary Poisson noise can
    /// fall below 60%, so apply it to totals rather than to small categories.
    /// </remarks>
    /// <param name="counts">Monthly counts in time order, consecutive months; each ≥ 0, or NaN for a missing month.</param>
    /// <param name="fraction">Threshold on value / neighbour median, in (0, 1].</param>
    /// <param name="halfWindow">Months either side of each month used as neighbours, at least 1.</param>
    /// <returns>One <see cref="MonthCompleteness"/> per input month, in input order.</returns>
    /// <exception cref="ArgumentException">A count is negative or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside (0, 1] or <paramref name="halfWindow"/> is below 1.</exception>
    public static IReadOnlyList<MonthCompleteness> Detect(IReadOnlyList<double> counts, double fraction = 0.6, int halfWindow = 3)
    {
        Guard.NonNegativeOrMissing(counts, nameof(counts));
        if (!(fraction is > 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Fraction must be in (0, 1].");
        if (halfWindow < 1) throw new ArgumentOutOfRangeException(nameof(halfWindow), halfWindow, "Half-window must be at least 1 month.");

        var result = new MonthCompleteness[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            var neighbours = new List<double>();
            for (var j = Math.Max(0, i - halfWindow); j <= Math.Min(counts.Count - 1, i + halfWindow); j++)
                if (j != i && !double.IsNaN(counts[j])) neighbours.Add(counts[j]);

            var median = SampleMedian.Of(neighbours);
            var ratio = neighbours.Count >= 2 && median > 0 && !double.IsNaN(counts[i]) ? counts[i] / median : double.NaN;
            result[i] = new MonthCompleteness(i, counts[i], median, ratio, ratio < fraction);
        }

        return result;
    }
}
