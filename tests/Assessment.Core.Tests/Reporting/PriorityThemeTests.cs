using Assessment.Core.Reporting;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting;

public sealed class PriorityThemeTests
{
    private static ActionPlanItem Action(string priority, string action) => new(priority, action, "Not stated", "Not stated", "Not stated", RagStatus.NotAssessed);

    [Fact]
    public void ToTrendTheme_KeepsIdNameAndCrimeTypes_AndKeysTheSeriesById()
    {
        var theme = new PriorityTheme("night-time-economy", "Night-time economy and violence", "", [], ["Public order"], null).ToTrendTheme();

        Assert.Equal(new TrendTheme("night-time-economy", "Night-time economy and violence", ["Public order"]).SeriesKey, theme.SeriesKey);
        Assert.Equal("night-time-economy", theme.SeriesKey.Key);
        Assert.Equal("Night-time economy and violence", theme.SeriesKey.Label);
        Assert.Equal(["Public order"], theme.CrimeTypes);
    }

    [Fact]
    public void WithActionPlanCommitments_TakesThePlansActionsByNameOrIdOnlyWhereNoneAreConfigured()
    {
        PriorityTheme[] priorities =
        [
            new("asb", "Disrupt anti-social behaviour", "", [], [], null),
            new("roads", "Safer roads", "", [], [], "Own source"),
            new("drugs", "Drugs", "", ["Configured commitment"], [], "Config"),
            new("other", "Not in the plan", "", [], [], null),
        ];
        ActionPlanItem[] plan =
        [
            Action("disrupt ANTI-SOCIAL behaviour", "Tackle graffiti"), Action("roads", "Speed checks"), Action("Drugs", "Plan action"),
            Action("Disrupt anti-social behaviour", "Run pop-up Safety Hubs"),
        ];

        var merged = PriorityTheme.WithActionPlanCommitments(priorities, plan, "The plan");

        Assert.Equal(["Tackle graffiti", "Run pop-up Safety Hubs"], merged[0].Commitments);
        Assert.Equal("The plan", merged[0].Source);
        Assert.Equal(["Speed checks"], merged[1].Commitments);
        Assert.Equal("Own source", merged[1].Source);
        Assert.Same(priorities[2], merged[2]);
        Assert.Same(priorities[3], merged[3]);
    }

    [Fact]
    public void LinkedTo_GivesEachActionTheConfiguredPriorityIdByIdOrName_AndNullWhenNoneMatches()
    {
        PriorityTheme[] priorities = [new("asb", "Disrupt anti-social behaviour", "", [], [], null), new("roads", "Safer roads", "", [], [], null)];
        ActionPlanItem[] plan =
        [
            Action("disrupt ANTI-SOCIAL behaviour", "Tackle graffiti"),
            Action("Safer roads (2025)", "Speed checks") with { PriorityId = "ROADS" },
            Action("Drugs", "Plan action") with { PriorityId = "drugs" },
        ];

        var linked = ActionPlanItem.LinkedTo(plan, priorities);

        Assert.Equal(["asb", "roads", null], linked.Select(a => a.PriorityId));
        Assert.Equal(plan.Select(a => a.Action), linked.Select(a => a.Action));
    }
}
