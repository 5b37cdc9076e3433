namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>Where a measure's status comes from.</summary>
public enum MeasureStatusSource
{
    /// <summary>Computed from the data by the metric's test.</summary>
    Computed,

    /// <summary>Reported by the action's lead in the plan file, not computed.</summary>
    ReportedByLead,

    /// <summary>Neither: a bound measure the data cannot assess, or an unbound one with no reported status.</summary>
    NotAssessed,
}
