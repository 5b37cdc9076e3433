namespace Assessment.Core.Charts;

/// <summary>One cell of a priority matrix: an issue's score on one criterion.</summary>
/// <param name="Issue">The row, e.g. "Violence and sexual offences".</param>
/// <param name="Criterion">The column, e.g. "Volume" or "Harm".</param>
/// <param name="Score">The score on the matrix's scale (e.g. 1–5); drawn to 0 decimals.</param>
public sealed record PriorityScore(string Issue, string Criterion, double Score);
