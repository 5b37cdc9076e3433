namespace Assessment.Core.Results;

/// <summary>A candidate's score on one criterion.</summary>
/// <param name="Criterion">The criterion's name, as in <see cref="CriterionWeight.Criterion"/>.</param>
/// <param name="Score">1–5.</param>
public sealed record CriterionScoreResult(string Criterion, double Score);
