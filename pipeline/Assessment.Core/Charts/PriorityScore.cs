namespace Assessment.Core.Charts;

/// <summary>One cell of a priority matrix: an issue's score on one criterion.</summary>
public sealed record PriorityScore(string Issue, string Criterion, double Score);
