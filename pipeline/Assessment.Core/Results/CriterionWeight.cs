namespace Assessment.Core.Results;

/// <summary>One scoring criterion and its weight.</summary>
/// <param name="Criterion">E.g. "volume", "trend", "harm", "vulnerability", "public_concern", "benchmark".</param>
/// <param name="Weight">Its weight in the total.</param>
public sealed record CriterionWeight(string Criterion, double Weight);
