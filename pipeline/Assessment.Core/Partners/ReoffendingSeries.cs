namespace Assessment.Core.Partners;

/// <summary>The area's reoffending cohorts of one offender type, oldest first.</summary>
/// <param name="OffenderType">Adult, juvenile or all offenders.</param>
/// <param name="Points">Every cohort period in the extract for this offender type, oldest first.</param>
public sealed record ReoffendingSeries(ReoffendingOffenderType OffenderType, IReadOnlyList<ReoffendingPoint> Points)
{
    /// <summary>Periods where the area's cohort is known, oldest first.</summary>
    public IReadOnlyList<ReoffendingPoint> Known => Points.Where(p => p.Local is { Offenders: > 0 }).ToList();

    /// <summary>
    /// The latest known cohort against the earliest under <see cref="ReoffendingComparisonRule"/>; null with fewer than
    /// two known cohorts.
    /// </summary>
    public ReoffendingComparison? LatestVersusEarliest => Known.Count < 2 ? null
        : ReoffendingComparisonRule.Compare(Known[^1].Local!.Interval, Known[0].Local!.Interval);
}
