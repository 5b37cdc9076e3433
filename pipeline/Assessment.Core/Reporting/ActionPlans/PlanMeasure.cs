using Assessment.Core.Reporting;

namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>
/// How progress on an action is measured: bound to a metric (<see cref="Binding"/>, its status computed from the
/// data), or unbound with the status its lead reports (<see cref="ReportedStatus"/>, never computed).
/// </summary>
/// <param name="Text">What is measured, in the plan's words, e.g. "Violence and sexual offences in the city centre".</param>
/// <param name="Binding">The metric it is bound to; null for an unbound measure.</param>
/// <param name="ReportedStatus">An unbound measure's status as its lead reports it; <see cref="RagStatus.NotAssessed"/> when none is given, and always for a bound one.</param>
/// <param name="Note">The lead's note on an unbound measure (e.g. "4 of 6 sessions held"); may be null.</param>
public sealed record PlanMeasure(string Text, MeasureBinding? Binding, RagStatus ReportedStatus, string? Note);
