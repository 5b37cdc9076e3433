using Assessment.Core.Statistics;

namespace Assessment.Core.Partners;

/// <summary>The proven-reoffending measures of one cohort (one or more areas summed).</summary>
/// <param name="Offenders">Offenders in the measurable cohort, 0 or more.</param>
/// <param name="Reoffenders">Of them, offenders who reoffended, at most <paramref name="Offenders"/>.</param>
/// <param name="Reoffences">Proven reoffences, or null when not given (suppressed).</param>
public sealed record ReoffendingRate(long Offenders, long Reoffenders, long? Reoffences)
{
    /// <summary>Proportion of offenders who reoffended, in [0, 1]; null for an empty cohort.</summary>
    public double? Proportion => Offenders > 0 ? (double)Reoffenders / Offenders : null;

    /// <summary>95% Wilson score interval of <see cref="Proportion"/> (fractions; [0, 1] for an empty cohort).</summary>
    public ConfidenceInterval Interval => ProportionInterval.Wilson(Reoffenders, Offenders);

    /// <summary>Average proven reoffences per reoffender; null when reoffences are not given or nobody reoffended.</summary>
    public double? ReoffencesPerReoffender => Reoffences is { } r && Reoffenders > 0 ? (double)r / Reoffenders : null;
}
