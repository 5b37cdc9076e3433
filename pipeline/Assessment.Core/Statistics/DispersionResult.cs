namespace Assessment.Core.Statistics;

/// <summary>
/// Pearson dispersion of counts against fitted means (see <see cref="Dispersion"/>).
/// </summary>
/// <param name="PearsonChiSquare">X² = Σ (x − μ)²/μ over the observations used.</param>
/// <param name="DegreesOfFreedom">N − p: observations used minus parameters estimated (may be ≤ 0).</param>
/// <param name="Phi">φ = X²/(N − p); 1 is what Poisson counts give on average. NaN when N − p ≤ 0.</param>
/// <param name="PValue">P(χ²_{N−p} ≥ X²), the upper-tail test of H₀: φ = 1 (scipy <c>chi2.sf</c>). NaN when N − p ≤ 0.</param>
/// <param name="IsOverdispersed">True when <paramref name="PValue"/> &lt; <paramref name="SignificanceLevel"/>.</param>
/// <param name="SignificanceLevel">The level the flag used, e.g. 0.05.</param>
public sealed record DispersionResult(
    double PearsonChiSquare,
    int DegreesOfFreedom,
    double Phi,
    double PValue,
    bool IsOverdispersed,
    double SignificanceLevel)
{
    /// <summary>
    /// The φ to widen intervals with: max(1, φ), and 1 when φ is undefined; underdispersion is never used to
    /// narrow an interval.
    /// </summary>
    public double EffectiveDispersion => double.IsNaN(Phi) ? 1 : Math.Max(1, Phi);
}
