namespace Assessment.Core.Statistics;

/// <summary>
/// Compares two Poisson counts with (possibly unequal) exposures by the exact conditional test
/// (METHODS.md §2.1): given n = x₁ + x₂ events in total, under H₀ (equal rates) x₂ ~ Binomial(n, π₀)
/// with π₀ = T₂/(T₁+T₂).
/// </summary>
public static class RateComparison
{
    /// <summary>
    /// Rate ratio, exact interval, exact two-sided p-value, and an interval and p-value that allow for overdispersion.
    /// </summary>
    /// <remarks>
    /// <para>p-value: <see cref="BinomialTest.TwoSidedPValue"/> of x₂ out of n at π₀, identical to
    /// <c>scipy.stats.binomtest(x2, n, T2/(T1+T2)).pvalue</c>.</para>
    /// <para>Exact interval: Clopper–Pearson limits π_L, π_U for π (beta quantiles) mapped by
    /// RR = π/(1−π)·T₁/T₂. Lower 0 when x₂ = 0; upper +∞ when x₁ = 0. scipy's
    /// <c>proportion_ci(method='exact')</c> finds the same limits by root search to ±2e-12 absolute.</para>
    /// <para>Overdispersion (<paramref name="dispersion"/> φ &gt; 1, e.g. from <see cref="Dispersion"/>): the exact
    /// interval is recomputed from effective counts x₁/φ and x₂/φ (beta quantiles with real shape
    /// parameters). This is the effective-sample-size construction of Korn &amp; Graubard (1998) for
    /// Clopper–Pearson intervals under a design effect, applied to the quasi-Poisson variance φμ. It was
    /// chosen over a log-scale Wald interval inflated by √φ because it equals the exact interval at φ = 1,
    /// keeps the exact interval's asymmetry and its 0 / ∞ limits when a count is 0 (where the Wald interval
    /// is undefined), and for large counts agrees with the quasi-Poisson Wald interval
    /// ln RR ± z√(φ(1/x₁ + 1/x₂)). With very small counts and large φ it becomes very wide, honestly so.
    /// When φ ≤ 1 the exact interval stands (underdispersion is not used to narrow it). With φ estimated on
    /// <paramref name="dispersionDegreesOfFreedom"/> d &gt; 0 degrees of freedom, the effective counts are x/φₑ with
    /// φₑ = max(1, φ·(t_{d}/z)²), Korn &amp; Graubard's degrees-of-freedom adjustment, so a φ from a few months
    /// widens the interval as a t-based one would (<see cref="OverdispersedRateTest.EffectiveDispersion"/>).</para>
    /// <para>The p-value that goes with the widened interval, <see cref="RateComparisonResult.WidenedPValue"/>, is its
    /// exact dual (<see cref="OverdispersedRateTest.PValue"/>): the widened interval at this level excludes 1 exactly
    /// when that p is at most 1 − <paramref name="confidenceLevel"/>.</para>
    /// <para>Both counts 0: RR NaN, p = 1, intervals [0, ∞].</para>
    /// </remarks>
    /// <param name="previousCount">x₁, events in the previous (comparison) period, 0 or more.</param>
    /// <param name="previousExposure">T₁, exposure of the previous period (months, days or person-months; the same unit as <paramref name="currentExposure"/>), positive and finite.</param>
    /// <param name="currentCount">x₂, events in the current period, 0 or more.</param>
    /// <param name="currentExposure">T₂, exposure of the current period, positive and finite.</param>
    /// <param name="confidenceLevel">Two-sided confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <param name="dispersion">φ for the widened interval, finite and ≥ 0; 1 (the default) means Poisson variation.</param>
    /// <param name="dispersionDegreesOfFreedom">Degrees of freedom φ was estimated on, 0 or more; 0 (the default) takes φ as known.</param>
    /// <returns>The counts, exposures, rate ratio x₂T₁/(x₁T₂), its exact and widened intervals, the exact p-value and the widened one.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative counts, non-positive or infinite exposures,
    /// a confidence level outside (0, 1), a dispersion that is NaN, infinite or negative, or negative degrees of freedom.</exception>
    public static RateComparisonResult Compare(
        long previousCount, double previousExposure, long currentCount, double currentExposure,
        double confidenceLevel = 0.95, double dispersion = 1.0, int dispersionDegreesOfFreedom = 0)
    {
        Guard.NonNegative(previousCount, nameof(previousCount));
        Guard.NonNegative(currentCount, nameof(currentCount));
        Guard.PositiveFinite(previousExposure, nameof(previousExposure));
        Guard.PositiveFinite(currentExposure, nameof(currentExposure));
        Guard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        if (!(dispersion >= 0) || double.IsInfinity(dispersion))
            throw new ArgumentOutOfRangeException(nameof(dispersion), dispersion, "Dispersion must be a finite number ≥ 0 (1 means Poisson).");
        var effective = OverdispersedRateTest.EffectiveDispersion(dispersion, dispersionDegreesOfFreedom, 1 - confidenceLevel);

        var total = previousCount + currentCount;
        var nullProportion = currentExposure / (previousExposure + currentExposure);
        var exposureRatio = previousExposure / currentExposure;
        var rateRatio = previousCount > 0
            ? currentCount / currentExposure / (previousCount / previousExposure)
            : currentCount > 0 ? double.PositiveInfinity : double.NaN;
        var poissonZ = PoissonZ(previousCount * currentExposure / previousExposure, currentCount);

        if (total == 0)
        {
            var unbounded = new ConfidenceInterval(0, double.PositiveInfinity);
            return new RateComparisonResult(previousCount, previousExposure, currentCount, currentExposure, rateRatio,
                unbounded, 1, nullProportion, dispersion, unbounded, poissonZ, confidenceLevel)
            {
                DispersionDegreesOfFreedom = dispersionDegreesOfFreedom, EffectiveDispersion = effective, WidenedPValue = 1,
            };
        }

        var exact = RatioInterval(currentCount, previousCount, exposureRatio, confidenceLevel);
        var widened = effective > 1
            ? RatioInterval(currentCount / effective, previousCount / effective, exposureRatio, confidenceLevel)
            : exact;
        var pValue = BinomialTest.TwoSidedPValue(currentCount, total, nullProportion);
        return new RateComparisonResult(previousCount, previousExposure, currentCount, currentExposure, rateRatio,
            exact, pValue, nullProportion, dispersion, widened, poissonZ, confidenceLevel)
        {
            DispersionDegreesOfFreedom = dispersionDegreesOfFreedom,
            EffectiveDispersion = effective,
            WidenedPValue = OverdispersedRateTest.PValue(previousCount, previousExposure, currentCount, currentExposure, dispersion, dispersionDegreesOfFreedom),
        };
    }

    /// <summary>
    /// Wheeler's (2018) variance-stabilised Poisson score 2(√observed − √expected), approximately N(0, 1)
    /// when <paramref name="expected"/> is a known long-run mean (e.g. 16 a month on average, 25 this month:
    /// 2(5 − 4) = 2.0). Against a single previous period of similar length it ignores that period's own
    /// noise and overstates significance; use <see cref="Compare"/>'s exact p-value for decisions.
    /// </summary>
    /// <param name="expected">The expected count for the period, ≥ 0.</param>
    /// <param name="observed">The observed count for the period, ≥ 0 (need not be whole).</param>
    /// <returns>The score in standard-normal units: positive when more was observed than expected.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either count is negative or NaN.</exception>
    public static double PoissonZ(double expected, double observed)
    {
        if (!(expected >= 0) || !(observed >= 0))
            throw new ArgumentOutOfRangeException(nameof(expected), "Expected and observed counts must be non-negative.");
        return 2 * (Math.Sqrt(observed) - Math.Sqrt(expected));
    }

    private static ConfidenceInterval RatioInterval(double current, double previous, double exposureRatio, double level)
    {
        var odds = ClopperPearson.Limits(current, previous, level).Odds;
        return new ConfidenceInterval(odds.Lower * exposureRatio, odds.Upper * exposureRatio);
    }
}
