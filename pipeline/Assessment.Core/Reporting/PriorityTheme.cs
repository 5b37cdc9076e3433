using Assessment.Core.Trends;

namespace Assessment.Core.Reporting;

/// <summary>
/// A priority of the partnership, as its configuration states it (<c>priorities:</c>): it gets a chapter of its own,
/// and its police.uk crime types make the theme series of the trend and hotspot analyses.
/// </summary>
/// <param name="Id">Stable slug (lower-case letters, digits and single hyphens, starting with a letter), e.g.
/// "night-time-economy"; keys the theme's series in every table and CSV and names the chapter's tables and files.</param>
/// <param name="Name">E.g. "Disrupt anti-social behaviour"; the chapter title and the series label.</param>
/// <param name="Description">One or two sentences on what the priority covers; may be empty.</param>
/// <param name="Commitments">What the partnership has said it will do ("We will…" lines), as published; may be empty.</param>
/// <param name="RelatedCrimeTypes">police.uk crime types that indicate the priority's volume (may be empty).</param>
/// <param name="Source">Where the description and commitments come from; null when not stated.</param>
public sealed record PriorityTheme(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> Commitments,
    IReadOnlyList<string> RelatedCrimeTypes,
    string? Source)
{
    /// <summary>The priority as the trend analysis sees it: same id, name and crime types.</summary>
    public TrendTheme ToTrendTheme() => new(Id, Name, [.. RelatedCrimeTypes]);

    /// <summary>The trend themes of <paramref name="priorities"/>, in their order.</summary>
    public static IReadOnlyList<TrendTheme> TrendThemes(IEnumerable<PriorityTheme> priorities)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        return [.. priorities.Select(p => p.ToTrendTheme())];
    }

    /// <summary>
    /// The priorities with commitments taken from the action plan where the configuration gives none: a priority's
    /// commitments are then the plan's actions under the priority of the same name or id (ignoring case), and its
    /// source, when it has none, is the plan's. Priorities that state commitments, or that the plan doesn't list, are unchanged.
    /// </summary>
    /// <param name="priorities">As configured.</param>
    /// <param name="plan">The action plan's rows (may be empty).</param>
    /// <param name="planSource">The action plan's attribution, or null.</param>
    public static IReadOnlyList<PriorityTheme> WithActionPlanCommitments(IReadOnlyList<PriorityTheme> priorities, IReadOnlyList<ActionPlanItem> plan, string? planSource)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        ArgumentNullException.ThrowIfNull(plan);
        return [.. priorities.Select(p =>
        {
            if (p.Commitments.Count > 0) return p;
            var actions = plan.Where(a => string.Equals(a.Priority, p.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Priority, p.Id, StringComparison.OrdinalIgnoreCase))
                .Select(a => a.Action).ToList();
            return actions.Count == 0 ? p : p with { Commitments = actions, Source = p.Source ?? planSource };
        })];
    }
}
