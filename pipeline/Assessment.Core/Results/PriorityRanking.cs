namespace Assessment.Core.Results;

/// <summary>One candidate issue of the prioritisation.</summary>
/// <param name="Id">Stable id, e.g. "crime_type:shoplifting" or a theme's id; what a later run compares.</param>
/// <param name="Name">E.g. "Shoplifting".</param>
/// <param name="Kind">As <c>Prioritisation.CandidateKindNames</c>: "crime_type", "priority_theme", "council_asb", "substance_misuse" or "reoffending".</param>
/// <param name="Scores">Its 1–5 score on each criterion, in the criteria's order.</param>
/// <param name="Total">Weighted total.</param>
/// <param name="Rank">1 = highest total.</param>
/// <param name="RankLow">Best rank when each weight moves by ±20%.</param>
/// <param name="RankHigh">Worst rank under the same moves.</param>
/// <param name="Recommended">True when recommended as a priority.</param>
public sealed record PriorityRanking(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<CriterionScoreResult> Scores,
    double Total,
    int Rank,
    int RankLow,
    int RankHigh,
    bool Recommended);
