using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Configuration;
using Assessment.Core.Partners;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>The action plan checked against the data: its actions linked to the configured priorities, and every measure assessed.</summary>
internal static class ActionPlanStage
{
    /// <summary>The plan's actions (linked to <c>priorities:</c> by id or name) and their measures assessed; both empty without a plan. Writes one console line.</summary>
    public static (IReadOnlyList<ActionPlanItem> Plan, IReadOnlyList<MeasureAssessment> Measures) Run(IAnsiConsole console, AssessmentSettings settings, RunInputs inputs,
        TrendInput trendInput, TrendFindings trends, AsbCaseSummary? asbCases)
    {
        if (inputs.ActionPlan is not { } file) return ([], []);
        var plan = ActionPlanItem.LinkedTo(file.Items, settings.Priorities);
        // The evidence is report text: its counts are marked so that the public edition can withhold small ones.
        IReadOnlyList<MeasureAssessment> measures;
        using (CountMarkers.Begin())
            measures = MeasureAssessor.Assess(plan, new MeasureEvidence(settings.Period) { PoliceUk = trendInput, Trends = trends, AsbCases = asbCases });
        var computed = measures.Where(m => m.Source == MeasureStatusSource.Computed).ToList();
        var statuses = string.Join(", ", computed.GroupBy(m => m.Status).OrderBy(g => g.Key).Select(g => $"{g.Count():N0} {ActionPlanItem.StatusText(g.Key)}"));
        console.MarkupLine(Markup.Escape($"Action plan: {plan.Count:N0} actions, {measures.Count:N0} measures; {computed.Count:N0} computed from the data{(computed.Count > 0 ? $" ({statuses})" : "")}, "
            + $"{measures.Count(m => m.Source == MeasureStatusSource.ReportedByLead):N0} reported by leads, {measures.Count(m => m.Source == MeasureStatusSource.NotAssessed):N0} not assessed."));
        return (plan, measures);
    }
}
