namespace Assessment.Core.Results;

/// <summary>One measure of the action plan and its status.</summary>
/// <param name="ActionId">Stable id of the action, e.g. "asb-1"; with <see cref="Metric"/>, what a later run compares.</param>
/// <param name="ActionText">The "We will …" text.</param>
/// <param name="PriorityId">The priority the action serves.</param>
/// <param name="Metric">The bound metric's name; null for a measure with a status given by hand.</param>
/// <param name="Direction">"reduce", "increase" or "maintain"; null when unbound.</param>
/// <param name="BaselineCount">The metric over the baseline period; null when unbound.</param>
/// <param name="CurrentCount">The metric over the assessment period; null when unbound.</param>
/// <param name="Change">Current / baseline − 1; null when unbound or undefined.</param>
/// <param name="Verdict">As in <see cref="YearOnYearResult.Verdict"/>; null when unbound.</param>
/// <param name="Status">"green", "amber", "red" or "not_assessed".</param>
/// <param name="Evidence">The evidence for the status, one phrase; null when none.</param>
public sealed record MeasureResult(
    string ActionId,
    string ActionText,
    string PriorityId,
    string? Metric,
    string? Direction,
    long? BaselineCount,
    long? CurrentCount,
    double? Change,
    string? Verdict,
    string Status,
    string? Evidence);
