namespace Assessment.Core.Prioritisation;

/// <summary>The configuration of the matrix (<c>prioritisation:</c>).</summary>
/// <param name="Weights">Weight of each criterion.</param>
/// <param name="WeightsSource">Where the weights come from, for the report, e.g. "default (equal weights)" or "assessment.yaml, prioritisation.weights".</param>
/// <param name="Recommend">How many of the top-ranked candidates to recommend (≥ 1; default 5).</param>
/// <param name="Vulnerability">Partners' ratings, at most one per candidate id.</param>
public sealed record PrioritisationSettings(PrioritisationWeights Weights, string WeightsSource, int Recommend, IReadOnlyList<VulnerabilityRating> Vulnerability)
{
    /// <summary>The default number of recommended priorities.</summary>
    public const int DefaultRecommend = 5;

    /// <summary>Equal weights, five recommended, no vulnerability ratings.</summary>
    public static PrioritisationSettings Default { get; } = new(PrioritisationWeights.Equal, "default (equal weights)", DefaultRecommend, []);
}
