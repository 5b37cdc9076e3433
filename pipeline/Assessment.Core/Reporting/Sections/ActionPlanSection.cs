namespace Assessment.Core.Reporting.Sections;

/// <summary>The action plan from the input, or a plain statement that it is not yet included.</summary>
public sealed class ActionPlanSection : IReportSectionComposer
{
    public string Key => "action-plan";

    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        var input = context.Input;
        var blocks = new List<ReportBlock>();
        if (input.ActionPlan.Count > 0)
        {
            blocks.Add(new ParagraphBlock("Each action has a lead, a timescale and a measure. Status is shown in words as well as colour: Red (off track), Amber (at risk), Green (on track), Complete, or Not started."));
            blocks.Add(new ActionPlanBlock("action-plan-table", $"{input.PartnershipName} action plan", input.ActionPlan, input.PartnershipName));
        }
        else
        {
            blocks.Add(NotYetIncluded.Callout("The action plan", "the partnership's agreed actions for each priority, with leads, timescales, measures and delivery status, supplied in the assessment configuration"));
        }

        yield return new ReportSection("action-plan", "Action plan", blocks, []);
    }
}
