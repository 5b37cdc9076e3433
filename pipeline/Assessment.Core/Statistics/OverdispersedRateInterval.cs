using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>
/// The interval of one rate per 1,000 residents that allows for overdispersion, under the same rule as
/// <see cref="OverdispersedRateTest"/>: the exact Poisson (Garwood) interval of the effective count x/φₑ, scaled back by
/// φₑ, with φₑ = max(1, φ̂·(t_{d,1−α/2}/z_{1−α/2})²) (Korn &amp; Graubard 1998).
/// </summary>
/// <remarks>
/// The Garwood interval is the inversion of the central two-sided exact Poisson test, so the interval excludes a
/// target rate ρ exactly when the count lies outside the level-(1 − α) funnel-plot limits around ρ·residents drawn with
/// the same exact Poisson tails and the same overdispersion (Spiegelhalter 2005, "Funnel plots for comparing institutional
/// performance", <i>Statistics in Medicine</i> 24:1185–1202, §3.1 and §6.2). Comparing each unit's interval with the
/// target is therefore the funnel-plot comparison, with the target treated as known.
/// </remarks>
public static class OverdispersedRateInterval
{
    /// <summary>Rate and interval per 1,000 residents.</summary>
    /// <param name="count">Events x over the period, 0 or more.</param>
    /// <param name="residents">Residents n, positive and finite.</param>
    /// <param name="dispersion">φ̂ of the count (≥ 0), or NaN when it cannot be estimated (then Poisson).</param>
    /// <param name="degreesOfFreedom">d of φ̂; 0 when φ is taken as known.</param>
    /// <param name="confidenceLevel">Two-sided level, strictly between 0 and 1 (0.95).</param>
    /// <returns>Limits in events per 1,000 residents over the period; the lower limit is 0 for a count of 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument outside its range.</exception>
    public static ConfidenceInterval Per1000(long count, double residents, double dispersion, int degreesOfFreedom, double confidenceLevel = 0.95)
    {
        Guard.NonNegative(count, nameof(count));
        Guard.PositiveFinite(residents, nameof(residents));
        Guard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        var alpha = 1 - confidenceLevel;
        var phi = OverdispersedRateTest.EffectiveDispersion(dispersion, degreesOfFreedom, alpha);
        var effective = count / phi;
        var lower = count == 0 ? 0 : IncompleteGamma.LowerInverse(effective, alpha / 2) * phi;
        var upper = IncompleteGamma.LowerInverse(effective + 1, 1 - alpha / 2) * phi;
        return new ConfidenceInterval(lower / residents * 1000, upper / residents * 1000);
    }
}
