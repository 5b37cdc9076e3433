using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;

namespace Assessment.Files.Tables;

/// <summary>
/// The action plan checked against the data as CSV: <c>&lt;out&gt;/tables/action_plan.csv</c>, one row per measure of
/// each action (an action without measures has one row, its measure columns empty). Column names and order are part of
/// the output contract.
/// </summary>
public static class ActionPlanTables
{
    /// <summary>The file name under tables/.</summary>
    public const string FileName = "action_plan.csv";

    /// <summary>
    /// Columns of action_plan.csv. partners are joined by "; "; metric, direction, unit and the evidence columns are
    /// empty for an unbound measure; baseline_first..current_last are YYYY-MM; baseline_value and current_value are in
    /// unit over the months compared; change is current / baseline − 1; ci_low and ci_high bound the rate ratio;
    /// verdict is the year-on-year verdict (yoy.csv's words); status is red, amber, green, complete, not_started or
    /// not_assessed, status_label as the report shows it, status_source computed, reported_by_lead or not_assessed;
    /// example_values is true when the plan file marks its leads, timescales and measures as examples.
    /// </summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "priority_id", "priority", "action_id", "action", "lead", "partners", "timescale", "measure", "metric", "direction",
        "baseline_first", "baseline_last", "current_first", "current_last", "months_compared", "unit", "baseline_value", "current_value",
        "change", "rate_ratio", "ci_low", "ci_high", "verdict", "status", "status_label", "status_source", "evidence", "example_values",
    ];

    /// <summary>Writes action_plan.csv when there is a plan; returns the paths written (none without actions).</summary>
    /// <param name="outputDirectory">The run's output folder.</param>
    /// <param name="plan">The plan's actions, in order.</param>
    /// <param name="assessments">Their measures assessed (<see cref="MeasureAssessor"/>).</param>
    /// <param name="exampleValues">Whether the plan's values are examples.</param>
    public static IReadOnlyList<string> Write(string outputDirectory, IReadOnlyList<ActionPlanItem> plan, IReadOnlyList<MeasureAssessment> assessments, bool exampleValues)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(assessments);
        if (plan.Count == 0) return [];
        var path = Path.Combine(outputDirectory, "tables", FileName);
        CsvTableWriter.Write(path, Columns, plan.SelectMany(action =>
        {
            object?[] head = [action.PriorityId, action.Priority, action.Id, action.Action, action.Lead, string.Join("; ", action.Partners), action.Timescale];
            var measures = assessments.Where(m => string.Equals(m.ActionId, action.Id, StringComparison.Ordinal)).ToList();
            if (measures.Count == 0)
                return [(IReadOnlyList<object?>)[.. head, .. Enumerable.Repeat<object?>(null, Columns.Count - head.Length - 1), exampleValues]];
            return measures.Select(m => (IReadOnlyList<object?>)
            [
                .. head, m.Measure, m.Metric, m.Direction?.ToString().ToLowerInvariant(),
                m.BaselinePeriod?.First.ToString(), m.BaselinePeriod?.Last.ToString(), m.CurrentPeriod?.First.ToString(), m.CurrentPeriod?.Last.ToString(),
                m.MonthsCompared == 0 ? null : m.MonthsCompared, m.Unit, m.Baseline, m.Current, m.Change, m.RateRatio, m.Interval?.Lower, m.Interval?.Upper,
                m.Verdict?.ToText(), StatusName(m.Status), m.StatusLabel, SourceName(m.Source), CountMarkers.Plain(m.Evidence), exampleValues,
            ]);
        }));
        return [path];
    }

    /// <summary>"red", "amber", "green", "complete", "not_started" or "not_assessed".</summary>
    public static string StatusName(RagStatus status) => status switch
    {
        RagStatus.NotStarted => "not_started",
        RagStatus.NotAssessed => "not_assessed",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string SourceName(MeasureStatusSource source) => source switch
    {
        MeasureStatusSource.Computed => "computed",
        MeasureStatusSource.ReportedByLead => "reported_by_lead",
        _ => "not_assessed",
    };
}
