namespace Assessment.Core.Trends;

/// <summary>Volume and weighted harm of one police.uk category (one row of harm.csv).</summary>
/// <param name="Category">police.uk crime type.</param>
/// <param name="Weight">Days of custody equivalent per record; null when the category is not weighted.</param>
/// <param name="Source">The weight's source as the table gives it; null when the category is not in the table (it is then
/// left out of harm totals, like a category the table deliberately leaves unweighted).</param>
/// <param name="AssessmentPeriodCount">Records in the usable months of the assessment period.</param>
/// <param name="Previous">Records in the compared months of the comparison period.</param>
/// <param name="Current">Records in the compared months of the assessment period.</param>
/// <param name="VolumeRank">Rank by <paramref name="AssessmentPeriodCount"/>, 1 = most (ties share a rank).</param>
/// <param name="HarmRank">Rank by <see cref="AssessmentPeriodHarm"/> among weighted categories, 1 = most harm; null when not weighted.</param>
public sealed record HarmFinding(string Category, double? Weight, string? Source, long AssessmentPeriodCount, long Previous, long Current, int VolumeRank, int? HarmRank)
{
    /// <summary>Weight × assessment-period count; null when not weighted.</summary>
    public double? AssessmentPeriodHarm => Weight * AssessmentPeriodCount;

    /// <summary>Weight × previous count over the compared months; null when not weighted.</summary>
    public double? PreviousHarm => Weight * Previous;

    /// <summary>Weight × current count over the compared months; null when not weighted.</summary>
    public double? CurrentHarm => Weight * Current;
}
