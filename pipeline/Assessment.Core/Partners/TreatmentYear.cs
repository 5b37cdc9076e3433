using Assessment.Core.Statistics;

namespace Assessment.Core.Partners;

/// <summary>
/// One financial year of one substance group for one place (the area, or its comparator), with the rates and their
/// 95% Wilson intervals (<see cref="ProportionInterval.Wilson"/>). Counts are summed over the area's districts; a sum
/// with a suppressed part is null.
/// </summary>
/// <param name="Period">Financial year, e.g. "2021-22".</param>
/// <param name="Group">Substance group.</param>
/// <param name="InTreatment">Adults in treatment; null when suppressed.</param>
/// <param name="NewPresentations">New presentations; null when suppressed.</param>
/// <param name="SuccessfulCompletions">Successful completions; null when suppressed.</param>
/// <param name="RePresentations">Re-presentations within six months of a successful completion; null when suppressed.</param>
public sealed record TreatmentYear(
    string Period,
    SubstanceGroup Group,
    long? InTreatment,
    long? NewPresentations,
    long? SuccessfulCompletions,
    long? RePresentations)
{
    /// <summary>Successful completions / adults in treatment (a fraction); null when either is unknown or none were in treatment.</summary>
    public double? CompletionRate => Ratio(SuccessfulCompletions, InTreatment);

    /// <summary>95% Wilson interval of <see cref="CompletionRate"/> (fractions); null when the rate is.</summary>
    public ConfidenceInterval? CompletionInterval => Interval(SuccessfulCompletions, InTreatment);

    /// <summary>Re-presentations / successful completions (a fraction); null when either is unknown or there were no completions.</summary>
    public double? RePresentationRate => Ratio(RePresentations, SuccessfulCompletions);

    /// <summary>95% Wilson interval of <see cref="RePresentationRate"/> (fractions); null when the rate is.</summary>
    public ConfidenceInterval? RePresentationInterval => Interval(RePresentations, SuccessfulCompletions);

    private static double? Ratio(long? k, long? n) => k is { } s && n is > 0 ? (double)s / n.Value : null;

    private static ConfidenceInterval? Interval(long? k, long? n) => k is { } s && n is > 0 ? ProportionInterval.Wilson(s, n.Value) : null;
}
