using Assessment.Core.Model;

namespace Assessment.Core.Charts;

/// <summary>Trailing rolling means of monthly series.</summary>
public static class RollingMean
{
    /// <summary>
    /// For each month, the mean of that month and the <paramref name="window"/> − 1 months before it, or null
    /// when any of those months is missing or null (a mean over a gap would mislead). The result has one entry
    /// per month from the first to the last month of <paramref name="series"/>, in order; empty input gives empty output.
    /// </summary>
    /// <param name="series">Monthly values, any order, at most one per month.</param>
    /// <param name="window">Months in the window, at least 1 (12 for a rolling annual mean).</param>
    /// <returns>One value per calendar month from the first to the last month of <paramref name="series"/>, in the series' units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 1.</exception>
    /// <exception cref="ArgumentException">Two values for one month.</exception>
    public static IReadOnlyList<MonthlyValue> Trailing(IReadOnlyList<MonthlyValue> series, int window)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (window < 1) throw new ArgumentOutOfRangeException(nameof(window), window, "The window must be at least one month.");
        if (series.Count == 0) return [];

        var byMonth = new Dictionary<YearMonth, double?>();
        foreach (var point in series)
        {
            if (!byMonth.TryAdd(point.Month, point.Value))
                throw new ArgumentException($"The series has two values for {point.Month}.", nameof(series));
        }

        var first = byMonth.Keys.Min();
        var last = byMonth.Keys.Max();
        var result = new List<MonthlyValue>(last.MonthsSince(first) + 1);
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            double sum = 0;
            var complete = true;
            for (var k = 0; k < window && complete; k++)
            {
                if (byMonth.TryGetValue(month.AddMonths(-k), out var v) && v is { } value) sum += value;
                else complete = false;
            }

            result.Add(new MonthlyValue(month, complete ? sum / window : null));
        }

        return result;
    }
}
