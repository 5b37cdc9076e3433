namespace Assessment.Core.Reporting.Sections;

/// <summary>The action plan from the input, or a plain statement that it is not yet included.</summary>
public sealed class ActionPlanSection : IReportSectionComposer
{
    /// <inheritdoc/>
    public string Key => "action-plan";

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        var blocks = new List<ReportBlock>();
        if (input.ActionPlan.Count > 0)
        {
            var source = input.ActionPlanSource ?? input.PartnershipName;
            blocks.Add(new ParagraphBlock($"The actions below are taken from: {source}. Status is shown in words as well as colour: Red (off track), Amber (at risk), Green (on track), Complete, Not started, or Not assessed where no status has been reported."));
            var unstated = input.ActionPlan.Count(a => a.Status == RagStatus.NotAssessed);
            if (unstated > 0)
            {
                blocks.Add(new CalloutBlock(CalloutKind.Warning,
                    $"{(unstated == input.ActionPlan.Count ? $"None of the {input.ActionPlan.Count} actions has a" : $"{unstated} of the {input.ActionPlan.Count} actions have no")} reported delivery status, and where the plan does not name a lead, timescale or measure the table says \"Not stated\". The partnership should agree these so that next year's assessment can review delivery.", "Leads, timescales and measures to agree"));
            }
            blocks.Add(new ActionPlanBlock("action-plan-table", $"{input.PartnershipName} action plan", input.ActionPlan, source));
        }
        else
        {
            blocks.Add(new CalloutBlock(CalloutKind.NotYetAvailable, "No action plan is configured (action_plan: in the configuration), so delivery of the previous plan is not reviewed."));
        }

        yield return new ReportSection("action-plan", "Action plan", blocks, []);
    }
}
