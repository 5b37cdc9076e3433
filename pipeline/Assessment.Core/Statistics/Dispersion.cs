using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Statistics;

/// <summary>
/// Pearson dispersion statistic for monthly counts (METHODS.md §2.1): φ = Σ (x − μ)²/μ / (N − p), with μ the
/// fitted mean of each observation and p the number of fitted parameters, and a chi-square test of φ &gt; 1.
/// Missing months (NaN counts) are left out of N. Observations whose fitted mean is 0 contribute 0 (they can
/// only be 0 themselves when the mean is a group mean).
/// </summary>
public static class Dispersion
{
    /// <summary>One mean for the whole series (p = 1).</summary>
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
    /// Against means fitted elsewhere (e.g. a Poisson GLM with trend and month terms), with
    /// <paramref name="estimatedParameters"/> the number of coefficients that fit used.
    /// </summary>
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
