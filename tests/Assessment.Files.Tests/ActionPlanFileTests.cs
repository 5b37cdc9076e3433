using Assessment.Core.Reporting;
using Assessment.Files.ActionPlans;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests;

public sealed class ActionPlanFileTests
{
    [Fact]
    public void Read_CanterburyPlan_HasThe35PublishedActionsUnderFivePriorities()
    {
        var plan = ActionPlanFile.Read(Path.Combine(RepositoryPaths.DataSamples, "action-plan.yaml"));

        Assert.Equal(35, plan.Items.Count);
        Assert.Equal(5, plan.Items.Select(i => i.Priority).Distinct().Count());
        Assert.Contains(plan.Items, i => i.Priority == "Night-time economy and violence" && i.Action == "Offer bystander training");
        Assert.All(plan.Items, i => Assert.Equal((ActionPlanFile.NotStated, RagStatus.NotAssessed), (i.Lead, i.Status)));
        Assert.StartsWith("Canterbury Community Safety Partnership action plan", plan.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StatedFields_AreKept()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("plan.yaml", "priorities:\n  - name: ASB\n    actions:\n      - action: Tackle graffiti\n        lead: Council\n        timescale: By March 2026\n        measure: Reports of graffiti\n        status: amber\n");

        var item = Assert.Single(ActionPlanFile.Read(path).Items);

        Assert.Equal(new ActionPlanItem("ASB", "Tackle graffiti", "Council", "By March 2026", "Reports of graffiti", RagStatus.Amber), item);
    }

    [Fact]
    public void Read_UnknownStatus_NamesTheAllowedValues()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("plan.yaml", "priorities:\n  - name: ASB\n    actions:\n      - action: X\n        status: purple\n");

        var ex = Assert.Throws<ConfigurationException>(() => ActionPlanFile.Read(path));

        Assert.Contains("red, amber, green, complete, not_started", ex.Message, StringComparison.Ordinal);
    }
}
