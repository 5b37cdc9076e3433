using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>Standard normal quantile and tail probability (MathNet; both agree with scipy to ~1e-16 relative).</summary>
internal static class StandardNormal
{
    /// <summary>Φ⁻¹(probability).</summary>
    public static double Quantile(double probability) => Normal.InvCDF(0, 1, probability);

    /// <summary>2·P(Z &gt; |z|), computed as erfc(|z|/√2) so that small p-values keep their relative precision.</summary>
    public static double TwoSidedPValue(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>The two-sided critical value z such that P(|Z| ≤ z) = <paramref name="confidenceLevel"/>.</summary>
    public static double CriticalValue(double confidenceLevel) => Quantile(1 - (1 - confidenceLevel) / 2);
}
