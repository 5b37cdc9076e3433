namespace Assessment.Core.Statistics;

/// <summary>Median as numpy computes it: the middle value, or the mean of the two middle values.</summary>
internal static class SampleMedian
{
    /// <summary>Median of the values (NaN when there are none). The input is not modified.</summary>
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0) return double.NaN;
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
    }
}
