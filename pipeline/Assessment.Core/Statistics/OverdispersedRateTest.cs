using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>
/// The test of two Poisson counts that allows for overdispersion, and its matching interval: one rule for the
/// p-value and the interval of <see cref="RateComparison.Compare"/>.
/// </summary>
/// <remarks>
/// <para><b>Variance.</b> Counts vary as φ times a Poisson count (the quasi-Poisson model, McCullagh &amp; Nelder 1989,
/// <i>Generalized Linear Models</i>, 2nd ed., ch. 9), with φ estimated from the data on d degrees of freedom. The
/// exact conditional (binomial) test is run on effective counts x/φₑ (the effective-sample-size construction of Korn
/// &amp; Graubard 1998, <i>Survey Methodology</i> 24:193–201), where φₑ = max(1, φ̂·(t_{d,1−α/2}/z_{1−α/2})²): Korn
/// and Graubard's degrees-of-freedom adjustment, which widens the interval as a t-based interval would, because φ̂
/// from a few months is itself uncertain. d = 0 means φ is taken as known (no adjustment). φₑ never falls below 1:
/// underdispersion is not used to narrow anything.</para>
/// <para><b>Test and interval are duals.</b> The interval is Clopper–Pearson on the effective counts, mapped to the rate
/// ratio; the p-value is the "central" two-sided exact p of the same counts, 2·min(P(X ≥ s), P(X ≤ s)), the test that
/// Clopper–Pearson inverts (Fay 2010, "Two-sided exact tests and matching confidence intervals for discrete data",
/// <i>The R Journal</i> 2(1):53–58). Because φₑ depends on α through the t quantile, p is the smallest α at which the
/// level-(1 − α) interval excludes the null ratio, found by bisection on log α. So, at every level, the interval
/// excludes the null ratio exactly when p ≤ α; and as a Benjamini–Hochberg q is never below its p, q ≤ α implies
/// that the (1 − α) interval excludes it.</para>
/// </remarks>
public static class OverdispersedRateTest
{
    private const double SmallestAlpha = 1e-100;
    private const double LargestAlpha = 1 - 1e-9;

    /// <summary>
    /// φₑ = max(1, φ̂·(t_{d,1−α/2}/z_{1−α/2})²), the dispersion the level-(1 − α) interval allows for; max(1, φ̂) when
    /// <paramref name="degreesOfFreedom"/> is 0 (φ known), and 1 when φ̂ is NaN (not estimable).
    /// </summary>
    /// <param name="dispersion">φ̂, ≥ 0, or NaN.</param>
    /// <param name="degreesOfFreedom">d, the degrees of freedom of φ̂; 0 when φ is known.</param>
    /// <param name="alpha">Two-sided tail probability of the interval, strictly between 0 and 1 (0.05 for 95%).</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative degrees of freedom or dispersion, or α outside (0, 1).</exception>
    public static double EffectiveDispersion(double dispersion, int degreesOfFreedom, double alpha)
    {
        if (degreesOfFreedom < 0) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Cannot be negative.");
        if (dispersion < 0 || double.IsInfinity(dispersion)) throw new ArgumentOutOfRangeException(nameof(dispersion), dispersion, "Must be finite and ≥ 0, or NaN.");
        if (!(alpha is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Must be strictly between 0 and 1.");
        if (double.IsNaN(dispersion)) return 1;
        if (degreesOfFreedom == 0) return Math.Max(1, dispersion);
        // z from the lower tail: 1 − α/2 rounds to 1 for tiny α.
        var ratio = StudentT.CriticalValue(degreesOfFreedom, alpha) / -StandardNormal.Quantile(alpha / 2);
        return Math.Max(1, dispersion * ratio * ratio);
    }

    /// <summary>
    /// The two-sided p-value for H₀: rate ratio = <paramref name="nullRatio"/>, dual to the interval of
    /// <see cref="RateComparison.Compare"/> (see the remarks of <see cref="OverdispersedRateTest"/>).
    /// </summary>
    /// <param name="previousCount">x₁, 0 or more.</param>
    /// <param name="previousExposure">T₁, positive and finite.</param>
    /// <param name="currentCount">x₂, 0 or more.</param>
    /// <param name="currentExposure">T₂, positive and finite.</param>
    /// <param name="dispersion">φ̂, ≥ 0, or NaN (then Poisson).</param>
    /// <param name="degreesOfFreedom">d of φ̂; 0 when φ is known.</param>
    /// <param name="nullRatio">The rate ratio under H₀, positive and finite (1: no change).</param>
    /// <returns>p in [0, 1]; 1 when both counts are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument outside its range.</exception>
    public static double PValue(long previousCount, double previousExposure, long currentCount, double currentExposure,
        double dispersion, int degreesOfFreedom, double nullRatio = 1)
    {
        Guard.NonNegative(previousCount, nameof(previousCount));
        Guard.NonNegative(currentCount, nameof(currentCount));
        Guard.PositiveFinite(previousExposure, nameof(previousExposure));
        Guard.PositiveFinite(currentExposure, nameof(currentExposure));
        Guard.PositiveFinite(nullRatio, nameof(nullRatio));
        EffectiveDispersion(dispersion, degreesOfFreedom, 0.05);
        if (previousCount + currentCount == 0) return 1;

        // π₀ = k·T₂/(T₁ + k·T₂) and 1 − π₀ computed apart, so that both tails keep their precision.
        var scaled = nullRatio * currentExposure;
        var pi = scaled / (previousExposure + scaled);
        var complement = previousExposure / (previousExposure + scaled);
        double Central(double alpha)
        {
            var phi = EffectiveDispersion(dispersion, degreesOfFreedom, alpha);
            return CentralPValue(currentCount / phi, previousCount / phi, pi, complement);
        }

        if (double.IsNaN(dispersion) || degreesOfFreedom == 0) return Central(0.05);

        // h(α) = p(α) − α falls as α rises (a larger α gives a smaller φₑ, larger effective counts and a smaller
        // p(α)): its root is the smallest α whose interval excludes the null ratio.
        if (Central(LargestAlpha) >= LargestAlpha) return 1;
        if (Central(SmallestAlpha) <= SmallestAlpha) return Central(SmallestAlpha);
        double low = Math.Log(SmallestAlpha), high = Math.Log(LargestAlpha);
        while (high - low > 1e-13 * Math.Max(1, Math.Abs(low)))
        {
            var middle = (low + high) / 2;
            if (Central(Math.Exp(middle)) > Math.Exp(middle)) low = middle;
            else high = middle;
        }

        return Math.Exp(high);
    }

    /// <summary>
    /// 2·min(P(X ≥ s), P(X ≤ s)) for X binomial with real counts s successes and f failures at π:
    /// P(X ≥ s) = I_π(s, f + 1) and P(X ≤ s) = I_{1−π}(f, s + 1), the tails whose α/2 points are the Clopper–Pearson
    /// limits (<see cref="ClopperPearson"/>).
    /// </summary>
    private static double CentralPValue(double successes, double failures, double pi, double complement)
    {
        var upper = successes > 0 ? IncompleteBeta.Regularized(successes, failures + 1, pi, complement) : 1;
        var lower = failures > 0 ? IncompleteBeta.Regularized(failures, successes + 1, complement, pi) : 1;
        return Math.Min(1, 2 * Math.Min(upper, lower));
    }
}
