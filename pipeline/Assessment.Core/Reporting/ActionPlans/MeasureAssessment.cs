using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>
/// One measure of one action, assessed: the plain record the action-plan chapter, the executive summary, the priority
/// packs and assessment.json all read. A computed status carries its evidence (baseline and current values, change,
/// interval, verdict); a reported one says it was reported by the lead; a measure that cannot be assessed says why.
/// </summary>
/// <param name="ActionId">The action's stable id (<see cref="ActionPlanItem.Id"/>), e.g. "night-time-economy-3".</param>
/// <param name="Action">The action's text, word for word.</param>
/// <param name="PriorityId">The configured priority id the action serves (<c>priorities:</c> of assessment.yaml); null when no configured priority matches.</param>
/// <param name="Priority">The priority's name as the plan gives it.</param>
/// <param name="Measure">The measure's text, as the plan gives it.</param>
/// <param name="Status">Green, Amber, Red, Not assessed; or for a reported status any of <see cref="RagStatus"/>.</param>
/// <param name="StatusLabel">The status as shown, saying what it rests on: "Green", "Amber: no significant change", "Red",
/// "Not assessed", or e.g. "Green (reported by the lead, not computed)".</param>
/// <param name="Source">Computed, reported by the lead, or not assessed.</param>
/// <param name="Evidence">One sentence: for a computed status the counts, change, interval and verdict; for a reported one
/// the lead's note; for one not assessed the reason.</param>
public sealed record MeasureAssessment(
    string ActionId,
    string Action,
    string? PriorityId,
    string Priority,
    string Measure,
    RagStatus Status,
    string StatusLabel,
    MeasureStatusSource Source,
    string Evidence)
{
    /// <summary>The metric name (<see cref="MetricCatalogue"/>); null for an unbound measure.</summary>
    public string? Metric { get; init; }

    /// <summary>The metric's unit, e.g. "records"; null for an unbound measure.</summary>
    public string? Unit { get; init; }

    /// <summary>Reduce or increase; null for an unbound measure.</summary>
    public MeasureDirection? Direction { get; init; }

    /// <summary>The baseline period (the run's comparison period); null when not computed.</summary>
    public MonthRange? BaselinePeriod { get; init; }

    /// <summary>The assessment period; null when not computed.</summary>
    public MonthRange? CurrentPeriod { get; init; }

    /// <summary>Like-for-like months compared in each period; 0 when not computed.</summary>
    public int MonthsCompared { get; init; }

    /// <summary>The baseline value over the months compared, in <see cref="Unit"/>; null when not computed.</summary>
    public double? Baseline { get; init; }

    /// <summary>The current value over the months compared, in <see cref="Unit"/>; null when not computed.</summary>
    public double? Current { get; init; }

    /// <summary>current / baseline − 1 (e.g. −0.12 for a 12% fall); null when not computed or the baseline is zero.</summary>
    public double? Change { get; init; }

    /// <summary>Current / baseline rate ratio; null when not computed.</summary>
    public double? RateRatio { get; init; }

    /// <summary>The rate ratio's interval at <see cref="ConfidenceLevel"/>, widened for overdispersion; null when not computed.</summary>
    public ConfidenceInterval? Interval { get; init; }

    /// <summary>The interval's level, e.g. 0.95; null when not computed.</summary>
    public double? ConfidenceLevel { get; init; }

    /// <summary>The year-on-year verdict; null when not computed.</summary>
    public YoyVerdict? Verdict { get; init; }

    /// <summary>Why the measure is not assessed; null otherwise.</summary>
    public string? Reason { get; init; }
}
