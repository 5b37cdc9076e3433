using System.Globalization;

namespace Assessment.Core.Tests.Trends;

/// <summary>Comparison of a computed number with a reference under a stated relative tolerance.</summary>
internal static class Close
{
    /// <summary>Passes when |actual − expected| ≤ relative·|expected| (+ floor), or both are the same infinity, or both NaN.</summary>
    public static void Check(double expected, double actual, double relative, string what, double floor = 0)
    {
        if (!double.IsFinite(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {F(expected)}, got {F(actual)}");
            return;
        }

        var error = Math.Abs(actual - expected);
        Assert.True(error <= Math.Max(relative * Math.Abs(expected), floor), $"{what}: expected {F(expected)}, got {F(actual)} (error {F(error)})");
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
