namespace Assessment.Core.Statistics;

/// <summary>
/// Outcome of <see cref="RateComparison.Compare"/>: a previous and a current count with their exposures
/// (months, or person-months for rates), the rate ratio current/previous and its uncertainty.
/// </summary>
/// <param name="PreviousCount">x₁, events in the previous (comparison) period.</param>
/// <param name="PreviousExposure">T₁, exposure of the previous period in any unit shared with <paramref name="CurrentExposure"/>.</param>
/// <param name="CurrentCount">x₂, events in the current period.</param>
/// <param name="CurrentExposure">T₂, exposure of the current period.</param>
/// <param name="RateRatio">(x₂/T₂)/(x₁/T₁); +∞ when x₁ = 0 &lt; x₂; NaN when both counts are 0.</param>
/// <param name="RateRatioInterval">Exact conditional (Clopper–Pearson) interval for the rate ratio; [0, ∞] when both counts are 0.</param>
/// <param name="PValue">Exact conditional two-sided p-value for H₀: equal rates (1 when both counts are 0).</param>
/// <param name="NullProportion">π₀ = T₂/(T₁+T₂), the share of all events expected in the current period under H₀.</param>
/// <param name="Dispersion">The dispersion estimate φ as given (see <see cref="EffectiveDispersion"/> for the one the widened interval allows for).</param>
/// <param name="WidenedRateRatioInterval">Interval allowing for overdispersion (effective counts x/φₑ, see <see cref="RateComparison.Compare"/>); equals <paramref name="RateRatioInterval"/> when φₑ = 1.</param>
/// <param name="PoissonZ">Wheeler's variance-stabilised score 2(√x₂ − √(x₁T₂/T₁)), see <see cref="RateComparison.PoissonZ"/>.</param>
/// <param name="ConfidenceLevel">Two-sided level of both intervals, e.g. 0.95.</param>
public sealed record RateComparisonResult(
    long PreviousCount,
    double PreviousExposure,
    long CurrentCount,
    double CurrentExposure,
    double RateRatio,
    ConfidenceInterval RateRatioInterval,
    double PValue,
    double NullProportion,
    double Dispersion,
    ConfidenceInterval WidenedRateRatioInterval,
    double PoissonZ,
    double ConfidenceLevel)
{
    /// <summary>Degrees of freedom the dispersion was estimated on; 0 when it was taken as known.</summary>
    public int DispersionDegreesOfFreedom { get; init; }

    /// <summary>
    /// φₑ, the dispersion the widened interval and <see cref="WidenedPValue"/> allow for at <see cref="ConfidenceLevel"/>:
    /// max(1, φ·(t/z)²), see <see cref="OverdispersedRateTest.EffectiveDispersion"/>; 1 means the exact interval stands.
    /// </summary>
    public double EffectiveDispersion { get; init; } = 1;

    /// <summary>
    /// Two-sided p-value for H₀: equal rates that allows for the same dispersion as <see cref="WidenedRateRatioInterval"/>
    /// and is its dual (<see cref="OverdispersedRateTest.PValue"/>): the widened interval excludes 1 exactly when this
    /// p is at most 1 − <see cref="ConfidenceLevel"/>. 1 when both counts are 0.
    /// </summary>
    public double WidenedPValue { get; init; } = 1;

    /// <summary>x₂ − x₁, the plain difference in events (what a reader should see first).</summary>
    public long Difference => CurrentCount - PreviousCount;

    /// <summary>Previous events per unit of exposure.</summary>
    public double PreviousRate => PreviousCount / PreviousExposure;

    /// <summary>Current events per unit of exposure.</summary>
    public double CurrentRate => CurrentCount / CurrentExposure;

    /// <summary>100·(RR − 1): percentage change in the rate, for display only, never for a decision. ∞/NaN as <see cref="RateRatio"/>.</summary>
    public double PercentChange => 100 * (RateRatio - 1);
}
