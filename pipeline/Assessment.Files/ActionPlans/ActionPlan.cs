using Assessment.Core.Reporting;

namespace Assessment.Files.ActionPlans;

/// <summary>An action plan as read from its file: where it comes from, and its rows.</summary>
/// <param name="Source">The plan's attribution (<c>source:</c>), or null.</param>
/// <param name="Items">One row per action, in the file's order, with ids and measures.</param>
public sealed record ActionPlan(string? Source, IReadOnlyList<ActionPlanItem> Items)
{
    /// <summary>True when the file says (<c>example_values: true</c>) that its leads, partners, timescales and measures are examples, not the partnership's.</summary>
    public bool ExampleValues { get; init; }

    /// <summary>The file the plan was read from, for messages.</summary>
    public string Path { get; init; } = "";
}
