using Assessment.Core.Statistics;

namespace Assessment.Core.Partners;

/// <summary>
/// The rule for claiming that two reoffending proportions differ: only when their 95% Wilson intervals do not overlap.
/// The rule is stricter than a two-proportion test at the 5% level (two intervals can overlap while the difference is
/// significant), so a difference it calls is real at that level, and some real differences are not called.
/// </summary>
public static class ReoffendingComparisonRule
{
    /// <summary>Compares interval <paramref name="first"/> with <paramref name="second"/> (both proportions in [0, 1]).</summary>
    /// <returns>Higher or Lower when they do not overlap (touching ends count as overlap); otherwise NoClearDifference.</returns>
    public static ReoffendingComparison Compare(ConfidenceInterval first, ConfidenceInterval second) =>
        first.Lower > second.Upper ? ReoffendingComparison.Higher
        : first.Upper < second.Lower ? ReoffendingComparison.Lower
        : ReoffendingComparison.NoClearDifference;
}
