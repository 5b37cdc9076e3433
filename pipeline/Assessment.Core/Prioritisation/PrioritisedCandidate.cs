namespace Assessment.Core.Prioritisation;

/// <summary>One row of the prioritisation matrix.</summary>
/// <param name="Id">Stable id (<see cref="CandidateIssue.Id"/>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Where it comes from.</param>
/// <param name="Scores">One score per criterion, in <see cref="PrioritisationCriterionNames.All"/> order.</param>
/// <param name="Total">Σ weight × score with the configured weights.</param>
/// <param name="Rank">1 = highest total; ties broken by id (ordinal), so ranks are 1…n without gaps.</param>
/// <param name="RankLow">Best (smallest) rank over the configured weights and each weight moved by −20% and +20% one at a time.</param>
/// <param name="RankHigh">Worst (largest) rank over the same weights.</param>
/// <param name="Recommended">True for a recommended priority.</param>
/// <param name="Evidence">One paragraph of evidence written from the numbers (the report's wording, <c>Reporting.Sections.PrioritisationWording</c>).</param>
public sealed record PrioritisedCandidate(
    string Id,
    string Name,
    CandidateKind Kind,
    IReadOnlyList<CriterionScore> Scores,
    double Total,
    int Rank,
    int RankLow,
    int RankHigh,
    bool Recommended,
    string Evidence)
{
    /// <summary>The measures the scores rest on.</summary>
    public required CandidateIssue Issue { get; init; }

    /// <summary>The consultation row matched to the candidate; null when not asked (or no extract).</summary>
    public ConsultationResponse? Concern { get; init; }

    /// <summary>The partners' vulnerability rating; null when not set.</summary>
    public VulnerabilityRating? Vulnerability { get; init; }

    /// <summary>The score on <paramref name="criterion"/>.</summary>
    public CriterionScore ScoreOf(PrioritisationCriterion criterion) => Scores.First(s => s.Criterion == criterion);

    /// <summary>Criteria with a measured input.</summary>
    public int MeasuredCount => Scores.Count(s => s.Measured);

    /// <summary>True when the rank range crosses the line between the first <paramref name="recommend"/> ranks and the rest.</summary>
    public bool CrossesTop(int recommend) => RankLow <= recommend && RankHigh > recommend;
}
