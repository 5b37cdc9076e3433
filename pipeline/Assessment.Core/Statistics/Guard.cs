namespace Assessment.Core.Statistics;

/// <summary>Argument checks shared by the statistics functions, with messages that name the bad value.</summary>
internal static class Guard
{
    public static void ConfidenceLevel(double level, string name)
    {
        if (!(level is > 0 and < 1))
            throw new ArgumentOutOfRangeException(name, level, "Confidence level must be strictly between 0 and 1 (e.g. 0.95).");
    }

    public static void NonNegative(long count, string name)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(name, count, "Counts cannot be negative.");
    }

    public static void PositiveFinite(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, "Must be a positive, finite number.");
    }

    /// <summary>Rejects infinities and negative values; NaN is allowed and means "missing".</summary>
    public static void NonNegativeOrMissing(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            if (double.IsInfinity(v) || v < 0)
                throw new ArgumentException($"Value {v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} at position {i} is not a non-negative count (use NaN for a missing month).", name);
        }
    }
}
