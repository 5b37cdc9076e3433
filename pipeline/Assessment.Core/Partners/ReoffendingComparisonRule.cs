using Assessment.Core.Statistics;

namespace Assessment.Core.Partners;

/// <summary>
/// The rules for claiming that reoffending proportions differ. The area against its comparator (England and Wales, or
/// the county, whose cohort is far larger and taken as known): only when the area's 95% Wilson interval excludes the
/// comparator's proportion, the rule used for every benchmark (<see cref="ConfidenceInterval.SideOf"/>). Two cohorts of
/// the area (two small samples): only when their intervals do not overlap, which is stricter than a two-proportion test
/// at the 5% level, so a difference it calls is real at that level and some real differences are not called.
/// </summary>
public static class ReoffendingComparisonRule
{
    /// <summary>The area's interval <paramref name="area"/> against the comparator's proportion <paramref name="comparator"/> (in [0, 1]).</summary>
    /// <returns>Higher or Lower when the interval excludes the comparator's proportion; otherwise NoClearDifference.</returns>
    public static ReoffendingComparison AgainstComparator(ConfidenceInterval area, double comparator) =>
        area.SideOf(comparator) switch { 1 => ReoffendingComparison.Higher, -1 => ReoffendingComparison.Lower, _ => ReoffendingComparison.NoClearDifference };

    /// <summary>Compares interval <paramref name="first"/> with <paramref name="second"/> (both proportions in [0, 1]).</summary>
    /// <returns>Higher or Lower when they do not overlap (touching ends count as overlap); otherwise NoClearDifference.</returns>
    public static ReoffendingComparison Compare(ConfidenceInterval first, ConfidenceInterval second) =>
        first.Lower > second.Upper ? ReoffendingComparison.Higher
        : first.Upper < second.Lower ? ReoffendingComparison.Lower
        : ReoffendingComparison.NoClearDifference;
}
