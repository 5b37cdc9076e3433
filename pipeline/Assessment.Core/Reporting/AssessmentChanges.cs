using Assessment.Core.Results;

namespace Assessment.Core.Reporting;

/// <summary>What the "changes since the previous assessment" chapter compares.</summary>
/// <param name="Current">This run's results, as written to assessment.json.</param>
/// <param name="Previous">The previous assessment's results, already checked to be of this area and an earlier period; null when none was given.</param>
public sealed record AssessmentChanges(AssessmentResultsDocument Current, AssessmentResultsDocument? Previous);
