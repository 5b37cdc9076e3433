namespace Assessment.Core.Statistics;

/// <summary>Rolling sums over a fixed number of months (the "12 months to" figure).</summary>
public static class RollingTotal
{
    /// <summary>
    /// Sum of the <paramref name="window"/> values ending at each position. Null for the first window − 1
    /// positions (not enough months yet) and for any window containing a missing month (NaN): a gap is never
    /// silently counted as zero.
    /// </summary>
    /// <param name="values">Monthly values in time order, consecutive months; NaN for a missing month.</param>
    /// <param name="window">Months per total, at least 1 (12 for "12 months to").</param>
    /// <returns>One entry per input value, in input order: the total of the window ending there, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 1.</exception>
    public static double?[] Compute(IReadOnlyList<double> values, int window = 12)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (window < 1) throw new ArgumentOutOfRangeException(nameof(window), window, "Window must be at least 1.");
        var totals = new double?[values.Count];
        for (var end = window - 1; end < values.Count; end++)
        {
            double sum = 0;
            var complete = true;
            for (var i = end - window + 1; i <= end && complete; i++)
            {
                complete = !double.IsNaN(values[i]);
                sum += values[i];
            }

            totals[end] = complete ? sum : null;
        }

        return totals;
    }
}
