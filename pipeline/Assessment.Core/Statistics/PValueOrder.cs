namespace Assessment.Core.Statistics;

/// <summary>Validation and ordering shared by the multiple-testing adjustments.</summary>
internal static class PValueOrder
{
    /// <summary>
    /// Checks every p-value is NaN or in [0, 1]; returns an output array pre-filled with the inputs (so NaN
    /// entries are already final) and the indices of the non-NaN p-values in ascending order of p.
    /// </summary>
    public static (double[] Output, int[] Order) Sorted(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var output = new double[pValues.Count];
        var present = new List<int>(pValues.Count);
        for (var i = 0; i < pValues.Count; i++)
        {
            var p = pValues[i];
            output[i] = p;
            if (double.IsNaN(p)) continue;
            if (p is < 0 or > 1)
                throw new ArgumentOutOfRangeException(nameof(pValues), p, FormattableString.Invariant($"p-value at position {i} is outside [0, 1]."));
            present.Add(i);
        }

        // Stable order keeps results reproducible; ties get equal adjusted values either way.
        var order = present.OrderBy(i => pValues[i]).ToArray();
        return (output, order);
    }
}
