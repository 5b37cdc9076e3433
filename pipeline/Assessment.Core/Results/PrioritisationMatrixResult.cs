namespace Assessment.Core.Results;

/// <summary>The scored prioritisation: the criteria with their weights and every candidate's scores, rank first.</summary>
/// <param name="Criteria">Criteria in the order the scores list them.</param>
/// <param name="Candidates">Candidates by rank (ties by id).</param>
public sealed record PrioritisationMatrixResult(IReadOnlyList<CriterionWeight> Criteria, IReadOnlyList<PriorityRanking> Candidates);
