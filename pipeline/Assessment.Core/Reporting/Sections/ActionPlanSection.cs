using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Model;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The action plan checked against the data: per priority, each action with its lead, partners and timescale, and each
/// measure with its status and one line of evidence (<see cref="AssessmentReportInput.MeasureAssessments"/>). A field
/// the plan leaves out is said once under its table, not in every cell. Without a plan, a plain statement that it is
/// not yet included.
/// </summary>
public sealed class ActionPlanSection : IReportSectionComposer
{
    /// <summary>The callout shown when the plan file marks its values as examples.</summary>
    public const string ExampleValuesText = "Leads, timescales and measures are example values, not the partnership's.";

    /// <inheritdoc/>
    public string Key => "action-plan";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        var blocks = new List<ReportBlock>();
        var children = new List<ReportSection>();
        if (input.ActionPlan.Count > 0)
        {
            var source = input.ActionPlanSource ?? input.PartnershipName;
            var assessments = input.MeasureAssessments.Count > 0 ? input.MeasureAssessments : MeasureAssessor.Assess(input.ActionPlan, new MeasureEvidence(input.Period));
            blocks.Add(new ParagraphBlock(
                $"The actions below are taken from: {source}. Where a measure is bound to a figure this assessment computes, its status compares {input.Period.Current.ToLongString()} with {input.Period.Comparison.ToLongString()} "
                + "by the same test as the rest of the report: **Green** where it moved significantly the way the plan aims, **Amber** where there is no significant change, "
                + "**Red** where it moved significantly the other way, and **Not assessed**, with the reason, where the data cannot say. Other statuses are as reported by the action's lead, and say so."));
            if (input.ActionPlanExampleValues)
                blocks.Add(new CalloutBlock(CalloutKind.Warning, $"{ExampleValuesText} The published plan names no lead, partners, timescale or measure, so the sample fills them to show how the plan is checked against the data.", "Example values"));
            blocks.Add(new ParagraphBlock(Summary(input.ActionPlan.Count, assessments)));
            children.AddRange(input.ActionPlan.GroupBy(a => a.Priority, StringComparer.Ordinal).Select(g => Priority(g.Key, [.. g], assessments, source)));
        }
        else
        {
            blocks.Add(new CalloutBlock(CalloutKind.NotYetAvailable, "No action plan is configured (action_plan: in the configuration), so delivery of the previous plan is not reviewed."));
        }

        yield return new ReportSection("action-plan", "Action plan", blocks, children);
    }

    /// <summary>"The plan's 35 actions have 21 measures between 21 of them: 9 computed from the data (2 Green, 5 Amber: no significant change, 2 Red); 12 reported by their leads, not computed".</summary>
    internal static string Summary(int actions, IReadOnlyList<MeasureAssessment> assessments)
    {
        if (assessments.Count == 0)
            return $"None of the {ReportNumbers.FormatCount(actions)} actions states a measure, so none can be checked against the data. The partnership should agree leads, timescales and measures so that next year's assessment can review delivery.";
        var computed = assessments.Where(a => a.Source == MeasureStatusSource.Computed).ToList();
        var parts = new List<string>();
        if (computed.Count > 0)
        {
            var counts = new[] { (RagStatus.Green, "Green"), (RagStatus.Amber, "Amber: no significant change"), (RagStatus.Red, "Red") }
                .Select(s => (Count: computed.Count(a => a.Status == s.Item1), Label: s.Item2)).Where(s => s.Count > 0).Select(s => $"{ReportNumbers.FormatCount(s.Count)} {s.Label}");
            parts.Add($"{ReportNumbers.FormatCount(computed.Count)} computed from the data ({string.Join(", ", counts)})");
        }
        var reported = assessments.Count(a => a.Source == MeasureStatusSource.ReportedByLead);
        if (reported > 0) parts.Add($"{ReportNumbers.FormatCount(reported)} reported by {(reported == 1 ? "its lead" : "their leads")}, not computed");
        var notAssessed = assessments.Count(a => a.Source == MeasureStatusSource.NotAssessed);
        if (notAssessed > 0) parts.Add($"{ReportNumbers.FormatCount(notAssessed)} not assessed");
        var withMeasures = assessments.Select(a => a.ActionId).Distinct(StringComparer.Ordinal).Count();
        return $"The plan's {ReportNumbers.FormatCount(actions)} actions have {ReportNumbers.FormatCount(assessments.Count)} measure{(assessments.Count == 1 ? "" : "s")} between {ReportNumbers.FormatCount(withMeasures)} of them: {string.Join("; ", parts)}.";
    }

    private static ReportSection Priority(string name, IReadOnlyList<ActionPlanItem> actions, IReadOnlyList<MeasureAssessment> assessments, string source)
    {
        var slug = ReportIds.FromText(actions[0].PriorityId ?? name);
        var ids = actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        List<ReportBlock> blocks = [new ActionPlanBlock($"action-plan-{slug}-table", $"{name}: actions and measures", actions, source)
        {
            Assessments = [.. assessments.Where(a => ids.Contains(a.ActionId))],
        }];
        if (Unstated(actions, assessments) is { } note) blocks.Add(new ParagraphBlock(note));
        return new ReportSection($"action-plan-{slug}", name, blocks, []);
    }

    /// <summary>One sentence naming the fields the plan leaves out for these actions ("Of these 7 actions, the plan states no partners for 2 and no measure for 4."), or null.</summary>
    internal static string? Unstated(IReadOnlyList<ActionPlanItem> actions, IReadOnlyList<MeasureAssessment> assessments)
    {
        var missing = new (string Field, int Count)[]
        {
            ("lead", actions.Count(a => string.IsNullOrWhiteSpace(a.Lead))),
            ("partners", actions.Count(a => a.Partners.Count == 0)),
            ("timescale", actions.Count(a => string.IsNullOrWhiteSpace(a.Timescale))),
            ("measure", actions.Count(a => a.Status == RagStatus.NotAssessed && !assessments.Any(m => string.Equals(m.ActionId, a.Id, StringComparison.Ordinal)))),
        }.Where(m => m.Count > 0).ToList();
        if (missing.Count == 0) return null;
        if (actions.Count == 1) return $"For this action, the plan states {HotspotWording.JoinAnd([.. missing.Select(m => $"no {m.Field}")])}.";
        return $"Of these {ReportNumbers.FormatCount(actions.Count)} actions, the plan states {HotspotWording.JoinAnd([.. missing.Select(m => m.Count == actions.Count ? $"no {m.Field} for any of them" : $"no {m.Field} for {ReportNumbers.FormatCount(m.Count)}")])}.";
    }
}
