using System.Globalization;

namespace Assessment.Core.Tests.Statistics;

/// <summary>Comparison of computed numbers with reference values under a stated tolerance.</summary>
internal static class Tolerance
{
    /// <summary>
    /// Passes when |actual − expected| ≤ max(relative·|expected|, absoluteFloor), or when both are the same
    /// infinity, or both NaN.
    /// </summary>
    public static void Close(double expected, double actual, double relative, double absoluteFloor = 0, string? what = null)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {Format(expected)}, got {Format(actual)}");
            return;
        }

        var error = Math.Abs(actual - expected);
        var allowed = Math.Max(relative * Math.Abs(expected), absoluteFloor);
        Assert.True(error <= allowed,
            $"{what}: expected {Format(expected)}, got {Format(actual)} (error {Format(error)}, allowed {Format(allowed)})");
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
