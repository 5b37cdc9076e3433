using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class ActionPlanSectionTests
{
    private static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    private static readonly ActionPlanItem[] Plan =
    [
        new("Night-time economy and violence", "Run targeted night-time operations", "Kent Police", "April 2025 to March 2026", "City-centre violence", RagStatus.NotAssessed)
        {
            Id = "night-time-economy-1", PriorityId = "night-time-economy", Partners = ["Canterbury City Council"],
        },
        new("Night-time economy and violence", "Offer bystander training", "", "", "", RagStatus.NotAssessed) { Id = "night-time-economy-2", PriorityId = "night-time-economy" },
        new("Disrupt anti-social behaviour", "Tackle graffiti", "Canterbury City Council", "", "", RagStatus.NotAssessed) { Id = "anti-social-behaviour-1" },
    ];

    private static readonly MeasureAssessment[] Measures =
    [
        new("night-time-economy-1", "Run targeted night-time operations", "night-time-economy", "Night-time economy and violence", "City-centre violence",
            RagStatus.Amber, "Amber: no significant change", MeasureStatusSource.Computed, "Violence and sexual offences in Westgate: 500 in 2024, 480 in 2025: no significant change."),
    ];

    private static ReportSection Compose(bool exampleValues, IReadOnlyList<MeasureAssessment> measures)
    {
        var input = new AssessmentReportInput("Example CSP", "Example", Period, new DateOnly(2026, 3, 5), "OFFICIAL", [], [])
        {
            ActionPlan = Plan,
            MeasureAssessments = measures,
            ActionPlanExampleValues = exampleValues,
        };
        return Assert.Single(new ActionPlanSection().Compose(new ReportSectionContext(input, CrimeCountSummary.From(input))));
    }

    [Fact]
    public void Compose_OneTablePerPriority_WithItsActionsAndMeasures()
    {
        var section = Compose(exampleValues: false, Measures);

        Assert.Equal(["action-plan-night-time-economy", "action-plan-disrupt-anti-social-behaviour"], section.Children.Select(c => c.Id));
        var table = section.Children[0].Blocks.OfType<ActionPlanBlock>().Single();
        Assert.Equal(["night-time-economy-1", "night-time-economy-2"], table.Items.Select(i => i.Id));
        Assert.Equal("Amber: no significant change", Assert.Single(table.MeasuresOf(Plan[0])).StatusLabel);
        Assert.DoesNotContain(section.SelfAndDescendants().SelectMany(s => s.Blocks).OfType<CalloutBlock>(), c => c.Title == "Example values");
    }

    [Fact]
    public void Compose_SaysOncePerTableWhichFieldsThePlanLeavesOut()
    {
        var section = Compose(exampleValues: false, Measures);

        var notes = section.Children.Select(c => c.Blocks.OfType<ParagraphBlock>().Single().Text).ToList();
        Assert.Equal("Of these 2 actions, the plan states no lead for 1, no partners for 1, no timescale for 1 and no measure for 1.", notes[0]);
        Assert.Equal("For this action, the plan states no partners, no timescale and no measure.", notes[1]);
    }

    [Fact]
    public void Compose_ExampleValues_AreSaidInACallout()
    {
        var callout = Compose(exampleValues: true, Measures).Blocks.OfType<CalloutBlock>().Single();

        Assert.StartsWith(ActionPlanSection.ExampleValuesText, callout.Text, StringComparison.Ordinal);
        Assert.Equal("Leads, timescales and measures are example values, not the partnership's.", ActionPlanSection.ExampleValuesText);
    }

    [Fact]
    public void Summary_CountsComputedReportedAndNotAssessedMeasures()
    {
        MeasureAssessment Of(RagStatus status, MeasureStatusSource source, string id) => Measures[0] with { Status = status, Source = source, ActionId = id };

        var text = ActionPlanSection.Summary(35, [Of(RagStatus.Green, MeasureStatusSource.Computed, "a"), Of(RagStatus.Amber, MeasureStatusSource.Computed, "a"),
            Of(RagStatus.Amber, MeasureStatusSource.Computed, "b"), Of(RagStatus.Complete, MeasureStatusSource.ReportedByLead, "c"), Of(RagStatus.NotAssessed, MeasureStatusSource.NotAssessed, "d")]);

        Assert.Equal("The plan's 35 actions have 5 measures between 4 of them: 3 computed from the data (1 Green, 2 Amber: no significant change); 1 reported by its lead, not computed; 1 not assessed.", text);
    }
}
