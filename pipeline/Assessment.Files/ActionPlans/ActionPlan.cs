using Assessment.Core.Reporting;

namespace Assessment.Files.ActionPlans;

/// <summary>An action plan as read from its file: where it comes from, and its rows.</summary>
public sealed record ActionPlan(string? Source, IReadOnlyList<ActionPlanItem> Items);
