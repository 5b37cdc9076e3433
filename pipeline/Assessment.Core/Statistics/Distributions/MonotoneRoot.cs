namespace Assessment.Core.Statistics.Distributions;

/// <summary>Root of an increasing function by Newton's method, kept inside a shrinking bracket.</summary>
internal static class MonotoneRoot
{
    private const int MaxIterations = 2000;
    private const double RelativeTolerance = 1e-15;

    /// <summary>
    /// Finds x in (<paramref name="lower"/>, <paramref name="upper"/>) with f(x) = 0 for an increasing f.
    /// <paramref name="evaluate"/> returns f(x) and its derivative. <paramref name="upper"/> may be +∞.
    /// Newton steps that leave the bracket are replaced by bisection (geometric when the bracket spans
    /// orders of magnitude, because tail quantiles can be as small as 1e-300).
    /// </summary>
    public static double Solve(Func<double, (double Value, double Slope)> evaluate, double start, double lower, double upper)
    {
        var x = start;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var (value, slope) = evaluate(x);
            if (value == 0) return x;
            if (value < 0) lower = x;
            else upper = x;

            var next = x - value / slope;
            if (!(next > lower && next < upper)) next = Bisect(x, lower, upper);
            if (Math.Abs(next - x) <= RelativeTolerance * Math.Abs(x)) return next;
            if (!double.IsPositiveInfinity(upper) && upper - lower <= RelativeTolerance * upper) return next;
            x = next;
        }

        throw new InvalidOperationException(FormattableString.Invariant($"Root search did not converge between {lower:R} and {upper:R}."));
    }

    private static double Bisect(double x, double lower, double upper)
    {
        if (double.IsPositiveInfinity(upper)) return x > 0 ? 2 * x : 1;
        if (lower <= 0) return upper / 8;
        return upper / lower > 4 ? Math.Sqrt(lower * upper) : 0.5 * (lower + upper);
    }
}
