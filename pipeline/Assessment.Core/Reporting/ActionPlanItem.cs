using Assessment.Core.Reporting.ActionPlans;

namespace Assessment.Core.Reporting;

/// <summary>One row of an action plan.</summary>
/// <param name="Priority">The priority theme it serves, by name as the plan gives it.</param>
/// <param name="Action">What will be done, word for word.</param>
/// <param name="Lead">The lead organisation or role; empty when the plan does not state one.</param>
/// <param name="Timescale">E.g. "April 2026 to March 2027"; empty when the plan does not state one.</param>
/// <param name="Measure">The measures' texts joined by "; "; empty when the plan states none.</param>
/// <param name="Status">The delivery status reported for the action as a whole; <see cref="RagStatus.NotAssessed"/> when none.</param>
public sealed record ActionPlanItem(string Priority, string Action, string Lead, string Timescale, string Measure, RagStatus Status)
{
    /// <summary>Stable id: the plan's <c>id:</c>, else the priority's id (or its name as a slug) and the action's position under it, e.g. "night-time-economy-3".</summary>
    public string Id { get; init; } = "";

    /// <summary>The configured priority id (<c>priorities:</c> of assessment.yaml) the action serves; null when none matches (see <see cref="LinkedTo"/>).</summary>
    public string? PriorityId { get; init; }

    /// <summary>Partner agencies; empty when the plan names none.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>How progress is measured, bound to metrics or with reported statuses; empty when the plan states none.</summary>
    public IReadOnlyList<PlanMeasure> Measures { get; init; } = [];

    /// <summary>
    /// The plan with each action's <see cref="PriorityId"/> set to the id of the configured priority whose id or name
    /// (ignoring case) is the action's priority id or name, or to null when none is.
    /// </summary>
    public static IReadOnlyList<ActionPlanItem> LinkedTo(IReadOnlyList<ActionPlanItem> plan, IReadOnlyList<PriorityTheme> priorities)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(priorities);
        return [.. plan.Select(a =>
        {
            var match = priorities.FirstOrDefault(p => string.Equals(p.Id, a.PriorityId ?? a.Priority, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Name, a.Priority, StringComparison.OrdinalIgnoreCase));
            return a with { PriorityId = match?.Id };
        })];
    }

    /// <summary>The status in words: "Not assessed", "Not started", "Red", "Amber", "Green", "Complete".</summary>
    public static string StatusText(RagStatus status) => status switch
    {
        RagStatus.NotAssessed => "Not assessed",
        RagStatus.NotStarted => "Not started",
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        RagStatus.Green => "Green",
        RagStatus.Complete => "Complete",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
