namespace Assessment.Core.Prioritisation;

/// <summary>A candidate's score on one criterion.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Score">1–5; <see cref="PrioritisationMatrix.NeutralScore"/> when not measured.</param>
/// <param name="Measured">False when the input is missing and the neutral score stands in (shown as "not set" or "n/a").</param>
public sealed record CriterionScore(PrioritisationCriterion Criterion, int Score, bool Measured);
