namespace Assessment.Core.Reporting;

/// <summary>A priority theme of the partnership, which gets a chapter of its own.</summary>
/// <param name="Name">E.g. "Disrupt anti-social behaviour".</param>
/// <param name="Description">One or two sentences on what the theme covers.</param>
/// <param name="Commitments">What the partnership has said it will do, as published.</param>
/// <param name="RelatedCrimeTypes">police.uk crime types that indicate the theme's volume (may be empty).</param>
/// <param name="Source">Where the description and commitments come from.</param>
public sealed record PriorityTheme(
    string Name,
    string Description,
    IReadOnlyList<string> Commitments,
    IReadOnlyList<string> RelatedCrimeTypes,
    string Source);
