namespace Assessment.Core.Reporting;

/// <summary>
/// What the executive summary takes from the prioritisation, the action plan and the comparison with the previous
/// assessment. Each list is optional: an empty list leaves its part of the summary out (the statutory checklist says
/// which elements the run lacks), so the summary never states a priority, a status or a change the run did not produce.
/// </summary>
public sealed record ExecutiveSummaryInputs
{
    /// <summary>No priorities, plan progress or changes since the previous assessment.</summary>
    public static ExecutiveSummaryInputs None { get; } = new();

    /// <summary>The recommended priorities in rank order, each with one line of evidence.</summary>
    public IReadOnlyList<PriorityEvidence> Priorities { get; init; } = [];

    /// <summary>Progress on the previous plan's measures, one per measure.</summary>
    public IReadOnlyList<MeasureProgress> PlanProgress { get; init; } = [];

    /// <summary>Changes since the previous assessment, one sentence each (e.g. "Shoplifting entered the priorities at rank 3.").</summary>
    public IReadOnlyList<string> ChangesSincePrevious { get; init; } = [];
}
