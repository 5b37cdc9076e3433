namespace Assessment.Core.Prioritisation;

/// <summary>The scored prioritisation matrix of a run, for the report, tables/prioritisation.csv and the results file.</summary>
/// <param name="Candidates">Every candidate, by rank (1 first).</param>
/// <param name="Weights">The weights used.</param>
/// <param name="WeightsSource">Where they come from, e.g. "default (equal weights)".</param>
/// <param name="Recommend">How many priorities were asked for.</param>
/// <param name="SensitivityFactors">The factors each weight was multiplied by, one at a time (0.8 and 1.2).</param>
/// <param name="Consultation">The consultation extract's file name, theme column and synthetic flag; null when none was given.</param>
/// <param name="Notes">Inputs that could not be used (a consultation theme or vulnerability id that matches no candidate, …).</param>
public sealed record PrioritisationResult(
    IReadOnlyList<PrioritisedCandidate> Candidates,
    PrioritisationWeights Weights,
    string WeightsSource,
    int Recommend,
    IReadOnlyList<double> SensitivityFactors,
    ConsultationSource? Consultation,
    IReadOnlyList<PrioritisationNote> Notes)
{
    /// <summary>The recommended candidates, by rank.</summary>
    public IReadOnlyList<PrioritisedCandidate> RecommendedCandidates => [.. Candidates.Where(c => c.Recommended)];
}
