namespace Assessment.Core.Statistics;

/// <summary>The run rules of <see cref="ControlChart"/>, applied to plotted values and per-point limits.</summary>
internal static class ControlChartRules
{
    /// <summary>Signals per point. NaN values get none and break every run.</summary>
    public static ControlChartSignals[] Evaluate(
        IReadOnlyList<double> values, double centre, IReadOnlyList<double> sigma,
        IReadOnlyList<double> lower, IReadOnlyList<double> upper, ControlChartOptions options)
    {
        var n = values.Count;
        var signals = new ControlChartSignals[n];
        for (var i = 0; i < n; i++)
        {
            if (values[i] > upper[i]) signals[i] |= ControlChartSignals.AboveUpperLimit;
            if (values[i] < lower[i]) signals[i] |= ControlChartSignals.BelowLowerLimit;
        }

        // Side of the centre line: +1 above, −1 below, 0 on it or missing.
        var sides = values.Select(v => double.IsNaN(v) ? 0 : Math.Sign(v - centre)).ToArray();
        MarkShifts(sides, signals, options.ShiftRunLength);
        MarkTrends(values, signals, options.TrendRunLength);
        MarkTwoOfThree(values, centre, sigma, signals);
        return signals;
    }

    /// <summary>Marks maximal runs of equal non-zero side (points on the centre line or missing end a run).</summary>
    private static void MarkShifts(int[] sides, ControlChartSignals[] signals, int minimum)
    {
        var start = 0;
        while (start < sides.Length)
        {
            var end = start;
            while (sides[start] != 0 && end + 1 < sides.Length && sides[end + 1] == sides[start]) end++;
            if (sides[start] != 0 && end - start + 1 >= minimum)
                for (var t = start; t <= end; t++) signals[t] |= ControlChartSignals.Shift;
            start = end + 1;
        }
    }

    private static void MarkTrends(IReadOnlyList<double> values, ControlChartSignals[] signals, int minimum)
    {
        foreach (var direction in new[] { 1, -1 })
        {
            var start = 0;
            while (start < values.Count)
            {
                var end = start;
                // NaN comparisons are false, so a missing point ends the run.
                while (end + 1 < values.Count && direction * (values[end + 1] - values[end]) > 0) end++;
                if (end - start + 1 >= minimum)
                    for (var t = start; t <= end; t++) signals[t] |= ControlChartSignals.Trend;
                start = end + 1;
            }
        }
    }

    private static void MarkTwoOfThree(IReadOnlyList<double> values, double centre, IReadOnlyList<double> sigma, ControlChartSignals[] signals)
    {
        for (var i = 0; i + 2 < values.Count; i++)
        {
            foreach (var direction in new[] { 1, -1 })
            {
                var beyond = 0;
                for (var t = i; t < i + 3; t++)
                    if (direction * (values[t] - centre) > 2 * sigma[t]) beyond++;
                if (beyond < 2) continue;
                for (var t = i; t < i + 3; t++)
                    if (direction * (values[t] - centre) > 2 * sigma[t]) signals[t] |= ControlChartSignals.TwoOfThreeBeyondTwoSigma;
            }
        }
    }
}
