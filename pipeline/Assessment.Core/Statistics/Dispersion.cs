using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>
/// Pearson dispersion statistic for monthly counts (METHODS.md §2.1): φ = Σ (x − μ)²/μ / (N − p), with μ the
/// fitted mean of each observation and p the number of fitted parameters, and a chi-square test of φ &gt; 1.
/// Missing months (NaN counts) are left out of N. Observations whose fitted mean is 0 contribute 0 (they can
/// only be 0 themselves when the mean is a group mean). φ is the Pearson estimate of the quasi-Poisson dispersion
/// parameter (McCullagh &amp; Nelder 1989, <i>Generalized Linear Models</i>); the test refers X² to χ² on N − p
/// degrees of freedom.
/// </summary>
public static class Dispersion
{
    /// <summary>One mean for the whole series (p = 1).</summary>
    /// <param name="counts">Events per period (e.g. per month), each ≥ 0, or NaN for a missing period.</param>
    /// <param name="significanceLevel">Level for <see cref="DispersionResult.IsOverdispersed"/>, strictly between 0 and 1 (default 0.05).</param>
    /// <returns>X², N − p, φ, the upper-tail p-value and the flag; φ and p are NaN when N − p ≤ 0.</returns>
    /// <exception cref="ArgumentException">A count is negative or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significanceLevel"/> is not strictly between 0 and 1.</exception>
    public static DispersionResult ConstantMean(IReadOnlyList<double> counts, double significanceLevel = 0.05)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return WithinGroups(counts, new int[counts.Count], significanceLevel);
    }

    /// <summary>
    /// A separate mean for each group label, p = number of groups with at least one observation. Use one
    /// label per period (previous / current year) for the rate comparison, or the calendar month for a
    /// seasonal mean.
    /// </summary>
    /// <param name="counts">Events per period, each ≥ 0, or NaN for a missing period.</param>
    /// <param name="groups">Group label of each count (same length as <paramref name="counts"/>); any integers.</param>
    /// <param name="significanceLevel">Level for <see cref="DispersionResult.IsOverdispersed"/>, strictly between 0 and 1 (default 0.05).</param>
    /// <returns>X², N − p, φ, the upper-tail p-value and the flag; φ and p are NaN when N − p ≤ 0.</returns>
    /// <exception cref="ArgumentException">A count is negative or infinite, or the lists differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significanceLevel"/> is not strictly between 0 and 1.</exception>
    public static DispersionResult WithinGroups(IReadOnlyList<double> counts, IReadOnlyList<int> groups, double significanceLevel = 0.05)
    {
        Guard.NonNegativeOrMissing(counts, nameof(counts));
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count != counts.Count)
            throw new ArgumentException(FormattableString.Invariant($"Got {groups.Count} group labels for {counts.Count} counts."), nameof(groups));

        var sums = new Dictionary<int, (double Sum, int N)>();
        for (var i = 0; i < counts.Count; i++)
        {
            if (double.IsNaN(counts[i])) continue;
            sums.TryGetValue(groups[i], out var s);
            sums[groups[i]] = (s.Sum + counts[i], s.N + 1);
        }

        var means = new double[counts.Count];
        for (var i = 0; i < counts.Count; i++)
            means[i] = sums.TryGetValue(groups[i], out var s) ? s.Sum / s.N : double.NaN;
        return AgainstFittedMeans(counts, means, sums.Count, significanceLevel);
    }

    /// <summary>
    /// Month-paired dispersion of two periods that share their calendar months: the Poisson log-linear model with a
    /// term for each month pair and one for the period (μ₁ₘ = nₘ(1 − π̂), μ₂ₘ = nₘπ̂ with nₘ = x₁ₘ + x₂ₘ and
    /// π̂ = Σx₂/Σn), so the seasonal pattern the two periods share is fitted, not counted as noise. X² is Pearson's
    /// chi-square of the 2 × M table and N − p = M − 1 (statsmodels <c>GLM(Poisson)</c> with month and period
    /// factors, <c>pearson_chi2 / df_resid</c>). Pairs with no events in either month carry no information and are
    /// left out of M; so is a pair with a missing (NaN) month.
    /// </summary>
    /// <param name="previous">Counts of the comparison period's months, each ≥ 0 or NaN.</param>
    /// <param name="current">Counts of the assessment period's months in the same order (month m pairs with m), each ≥ 0 or NaN.</param>
    /// <param name="significanceLevel">Level for <see cref="DispersionResult.IsOverdispersed"/>, strictly between 0 and 1 (default 0.05).</param>
    /// <returns>X², M − 1, φ, the upper-tail p-value and the flag; φ and p are NaN when fewer than two pairs hold events.</returns>
    /// <exception cref="ArgumentException">A count is negative or infinite, or the lists differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significanceLevel"/> is not strictly between 0 and 1.</exception>
    public static DispersionResult MonthPaired(IReadOnlyList<double> previous, IReadOnlyList<double> current, double significanceLevel = 0.05)
    {
        Guard.NonNegativeOrMissing(previous, nameof(previous));
        Guard.NonNegativeOrMissing(current, nameof(current));
        if (previous.Count != current.Count)
            throw new ArgumentException(FormattableString.Invariant($"Got {current.Count} current months for {previous.Count} previous months."), nameof(current));

        var used = Enumerable.Range(0, previous.Count).Where(i => !double.IsNaN(previous[i]) && !double.IsNaN(current[i]) && previous[i] + current[i] > 0).ToList();
        var total = used.Sum(i => previous[i] + current[i]);
        var share = total > 0 ? used.Sum(i => current[i]) / total : 0;
        var counts = new double[2 * previous.Count];
        var means = new double[2 * previous.Count];
        Array.Fill(counts, double.NaN);
        foreach (var i in used)
        {
            var pair = previous[i] + current[i];
            (counts[2 * i], counts[2 * i + 1]) = (previous[i], current[i]);
            (means[2 * i], means[2 * i + 1]) = (pair * (1 - share), pair * share);
        }

        return AgainstFittedMeans(counts, means, used.Count + 1, significanceLevel);
    }

    /// <summary>
    /// Against means fitted elsewhere (e.g. a Poisson GLM with trend and month terms), with
    /// <paramref name="estimatedParameters"/> the number of coefficients that fit used.
    /// </summary>
    /// <param name="counts">Events per period, each ≥ 0, or NaN for a missing period (its fitted mean is then not read).</param>
    /// <param name="fittedMeans">Fitted mean μ of each count, same length as <paramref name="counts"/>, finite and ≥ 0 wherever the count is present.</param>
    /// <param name="estimatedParameters">p, the number of fitted coefficients, 0 or more.</param>
    /// <param name="significanceLevel">Level for <see cref="DispersionResult.IsOverdispersed"/>, strictly between 0 and 1 (default 0.05).</param>
    /// <returns>X², N − p, φ, the upper-tail p-value and the flag; φ and p are NaN when N − p ≤ 0.</returns>
    /// <exception cref="ArgumentException">A count is negative or infinite, the lists differ in length, or a fitted mean is negative, NaN or infinite; the message gives its position.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="estimatedParameters"/> is negative, or <paramref name="significanceLevel"/> is not strictly between 0 and 1.</exception>
    public static DispersionResult AgainstFittedMeans(
        IReadOnlyList<double> counts, IReadOnlyList<double> fittedMeans, int estimatedParameters, double significanceLevel = 0.05)
    {
        Guard.NonNegativeOrMissing(counts, nameof(counts));
        ArgumentNullException.ThrowIfNull(fittedMeans);
        if (fittedMeans.Count != counts.Count)
            throw new ArgumentException(FormattableString.Invariant($"Got {fittedMeans.Count} fitted means for {counts.Count} counts."), nameof(fittedMeans));
        if (estimatedParameters < 0) throw new ArgumentOutOfRangeException(nameof(estimatedParameters), estimatedParameters, "Cannot be negative.");
        if (!(significanceLevel is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(significanceLevel), significanceLevel, "Must be strictly between 0 and 1.");

        double chiSquare = 0;
        var used = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            if (double.IsNaN(counts[i])) continue;
            var mean = fittedMeans[i];
            if (!(mean >= 0) || double.IsInfinity(mean))
                throw new ArgumentException(FormattableString.Invariant($"Fitted mean at position {i} is {mean}; it must be finite and ≥ 0."), nameof(fittedMeans));
            used++;
            if (mean > 0) chiSquare += (counts[i] - mean) * (counts[i] - mean) / mean;
        }

        var df = used - estimatedParameters;
        if (df <= 0) return new DispersionResult(chiSquare, df, double.NaN, double.NaN, false, significanceLevel);
        var pValue = IncompleteGamma.Upper(df / 2.0, chiSquare / 2);
        return new DispersionResult(chiSquare, df, chiSquare / df, pValue, pValue < significanceLevel, significanceLevel);
    }
}
