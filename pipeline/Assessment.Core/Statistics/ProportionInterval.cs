namespace Assessment.Core.Statistics;

/// <summary>Confidence intervals for a proportion k/n (reoffending rates, treatment completions, detection shares).</summary>
public static class ProportionInterval
{
    /// <summary>
    /// Wilson score interval without continuity correction: [p + z²/2n ± z√(p(1−p)/n + z²/4n²)] / (1 + z²/n),
    /// z = Φ⁻¹(1 − α/2) (Wilson 1927; computed in Newcombe's 1998 form, as scipy's
    /// <c>binomtest(k, n).proportion_ci(method='wilson')</c> and statsmodels' <c>proportion_confint(method='wilson')</c>).
    /// The lower limit is exactly 0 when k = 0 and the upper exactly 1 when k = n. No trials gives [0, 1].
    /// </summary>
    /// <param name="successes">k, the number of successes (e.g. reoffenders), 0 ≤ k ≤ n.</param>
    /// <param name="trials">n, the number of trials (e.g. offenders in the cohort), 0 or more.</param>
    /// <param name="confidenceLevel">Two-sided confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <returns>Limits for the proportion, both in [0, 1] (fractions, not percentages).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, successes above trials, or a level not strictly between 0 and 1.</exception>
    public static ConfidenceInterval Wilson(long successes, long trials, double confidenceLevel = 0.95)
    {
        Validate(successes, trials, confidenceLevel);
        if (trials == 0) return new ConfidenceInterval(0, 1);
        var z = StandardNormal.Quantile(0.5 + 0.5 * confidenceLevel);
        double n = trials, p = (double)successes / trials, q = 1 - p;
        var denominator = 2 * (n + z * z);
        var centre = (2 * n * p + z * z) / denominator;
        var delta = z / denominator * Math.Sqrt(4 * n * p * q + z * z);
        var lower = successes == 0 ? 0 : centre - delta;
        var upper = successes == trials ? 1 : centre + delta;
        return new ConfidenceInterval(lower, upper);
    }

    /// <summary>
    /// Clopper–Pearson (1934) exact interval from beta quantiles: [B⁻¹(α/2; k, n−k+1), B⁻¹(1−α/2; k+1, n−k)], 0 when
    /// k = 0 and 1 when k = n (the interval scipy's <c>proportion_ci(method='exact')</c> finds by root search).
    /// No trials gives [0, 1].
    /// </summary>
    /// <param name="successes">k, the number of successes (e.g. reoffenders), 0 ≤ k ≤ n.</param>
    /// <param name="trials">n, the number of trials (e.g. offenders in the cohort), 0 or more.</param>
    /// <param name="confidenceLevel">Two-sided confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <returns>Limits for the proportion, both in [0, 1] (fractions, not percentages).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, successes above trials, or a level not strictly between 0 and 1.</exception>
    public static ConfidenceInterval ClopperPearson(long successes, long trials, double confidenceLevel = 0.95)
    {
        Validate(successes, trials, confidenceLevel);
        if (trials == 0) return new ConfidenceInterval(0, 1);
        return Statistics.ClopperPearson.Limits(successes, trials - successes, confidenceLevel).Proportion;
    }

    private static void Validate(long successes, long trials, double confidenceLevel)
    {
        Guard.NonNegative(trials, nameof(trials));
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, FormattableString.Invariant($"Successes must be between 0 and the number of trials ({trials})."));
        Guard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
    }
}
