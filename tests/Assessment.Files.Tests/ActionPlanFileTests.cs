using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Files.ActionPlans;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests;

public sealed class ActionPlanFileTests
{
    private static readonly string SamplePath = Path.Combine(RepositoryPaths.DataSamples, "action-plan.yaml");

    private static string Plan(string measure) =>
        "priorities:\n  - name: ASB\n    actions:\n      - action: Tackle graffiti\n        measures:\n          - measure: Graffiti\n" + measure;

    private static ConfigurationException Refused(string yaml)
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("plan.yaml", yaml);
        var ex = Assert.Throws<ConfigurationException>(() => ActionPlanFile.Read(path));
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public void Read_CanterburyPlan_HasThe35PublishedActionsUnderFivePriorities_WithExampleLeadsAndMeasures()
    {
        var plan = ActionPlanFile.Read(SamplePath);

        Assert.Equal(35, plan.Items.Count);
        Assert.Equal(5, plan.Items.Select(i => i.Priority).Distinct().Count());
        Assert.Equal(["serious-organised-crime", "safeguarding", "young-people", "night-time-economy", "anti-social-behaviour"], plan.Items.Select(i => i.PriorityId).Distinct());
        Assert.Contains(plan.Items, i => i.Priority == "Night-time economy and violence" && i.Action == "Offer bystander training");
        Assert.True(plan.ExampleValues);
        Assert.All(plan.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Lead)));
        Assert.Equal(plan.Items.Count, plan.Items.Select(i => i.Id).Distinct().Count());
        var bound = plan.Items.SelectMany(i => i.Measures).Where(m => m.Binding is not null).ToList();
        Assert.Contains(bound, m => m.Binding!.Metric == MetricCatalogue.PoliceUkCount && m.Binding.Wards.SequenceEqual(["Westgate", "Northgate"])
            && m.Binding.CrimeTypes.SequenceEqual(["Violence and sexual offences"]) && m.Binding.Direction == MeasureDirection.Reduce);
        Assert.StartsWith("Canterbury Community Safety Partnership action plan", plan.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CanterburyPlan_KeepsEachActionsTextExactlyAsTheFileGivesIt()
    {
        var published = File.ReadAllLines(SamplePath).Where(l => l.TrimStart().StartsWith("- action: ", StringComparison.Ordinal))
            .Select(l => l.TrimStart()["- action: ".Length..].Trim('"')).ToList();

        Assert.Equal(published, ActionPlanFile.Read(SamplePath).Items.Select(i => i.Action));
        // The published text holds non-breaking spaces; they are kept, not normalised.
        Assert.Contains(published, a => a.StartsWith("Support Rising Sun", StringComparison.Ordinal) && a.Contains('\u00a0', StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StatedFields_AreKept()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("plan.yaml", "priorities:\n  - name: ASB\n    actions:\n      - action: Tackle graffiti\n        lead: Council\n        timescale: By March 2026\n        measure: Reports of graffiti\n        status: amber\n");

        var item = Assert.Single(ActionPlanFile.Read(path).Items);

        Assert.Equal(("ASB", "Tackle graffiti", "Council", "By March 2026", "Reports of graffiti", RagStatus.Amber), (item.Priority, item.Action, item.Lead, item.Timescale, item.Measure, item.Status));
        Assert.Equal(("asb-1", new PlanMeasure("Reports of graffiti", null, RagStatus.Amber, null)), (item.Id, Assert.Single(item.Measures)));
    }

    [Fact]
    public void Read_BoundAndUnboundMeasures_AreReadWithTheirFields()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("plan.yaml", Plan(
            "            metric: asb_cases.count\n            category: tagging\n            direction: Reduce\n            baseline: comparison\n"
            + "          - measure: Walls cleaned\n            status: not_started\n            note: Contract signed.\n"));

        var measures = Assert.Single(ActionPlanFile.Read(path).Items).Measures;

        Assert.Equal((MetricCatalogue.AsbCases, MeasureDirection.Reduce), (measures[0].Binding!.Metric, measures[0].Binding!.Direction));
        Assert.Equal(["Graffiti"], measures[0].Binding!.Categories);
        Assert.Equal($"{path}, line 7, column 21", measures[0].Binding!.Location);
        Assert.Equal(new PlanMeasure("Walls cleaned", null, RagStatus.NotStarted, "Contract signed."), measures[1]);
    }

    [Fact]
    public void Read_UnknownMetric_NamesLineAndColumnAndListsTheMetrics()
    {
        var ex = Refused(Plan("            metric: police.count\n            direction: reduce\n"));

        Assert.EndsWith(", line 7, column 21: unknown metric \"police.count\"; the metrics are: police_uk.count, police_uk.rate_per_1000, asb_cases.count.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["police_uk.count", "police_uk.rate_per_1000", "asb_cases.count"], MetricCatalogue.Names);
    }

    [Fact]
    public void Read_UnknownCrimeType_ListsThePoliceUkCrimeTypes()
    {
        var ex = Refused(Plan("            metric: police_uk.count\n            crime_types: [Violence]\n            direction: reduce\n"));

        Assert.Contains(", line 8, column 26: \"Violence\" is not a police.uk crime type; the crime types are: " + string.Join(", ", PoliceUkCrimeTypes.All) + ".", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("            metric: police_uk.count\n            direction: down\n", ", line 8, column 24: direction must be reduce or increase, not \"down\".")]
    [InlineData("            metric: police_uk.count\n", ", line 6, column 13: direction must be reduce or increase (none given).")]
    [InlineData("            metric: police_uk.count\n            direction: reduce\n            status: green\n", ", line 9, column 21: the status of a measure bound to a metric is computed from the data; remove status: or metric:.")]
    [InlineData("            metric: police_uk.rate_per_1000\n            wards: [Westgate]\n            direction: reduce\n", ", line 8, column 20: the metric police_uk.rate_per_1000 does not take wards; it takes: crime_types, theme.")]
    [InlineData("            metric: asb_cases.count\n            category: Parking\n            direction: reduce\n", ", line 8, column 23: \"Parking\" is not an ASB case category; the categories are: Noise, Neighbour dispute")]
    [InlineData("            metric: police_uk.count\n            direction: reduce\n            baseline: 2023\n", ", line 9, column 23: baseline must be \"comparison\" (the run's comparison period), not \"2023\".")]
    [InlineData("            status: purple\n", ", line 7, column 21: status \"purple\" is not one of red, amber, green, complete, not_started.")]
    public void Read_InvalidMeasure_NamesTheProblemWhereItIs(string measure, string expected) =>
        Assert.Contains(expected, Refused(Plan(measure)).Message, StringComparison.Ordinal);

    [Fact]
    public void CheckNames_UnknownWardOrTheme_ListsTheValidOnes()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("plan.yaml", Plan("            metric: police_uk.count\n            wards: [Westgate, Eastgate]\n            direction: reduce\n"));
        var plan = ActionPlanFile.Read(path);
        var themed = ActionPlanFile.Read(folder.Write("themed.yaml", Plan("            metric: police_uk.count\n            theme: nte\n            direction: reduce\n")));

        var ward = Assert.Throws<ConfigurationException>(() => ActionPlanFile.CheckNames(plan, ["asb"], ["Westgate", "Northgate"]));
        var theme = Assert.Throws<ConfigurationException>(() => ActionPlanFile.CheckNames(themed, ["asb", "night-time-economy"], null));
        ActionPlanFile.CheckNames(plan, ["asb"], null);

        Assert.Equal($"{path}, line 7, column 21: ward \"Eastgate\" is not a ward of the area's boundary file; the wards are: Northgate, Westgate.", ward.Message);
        Assert.EndsWith(": theme \"nte\" is not a configured priority id; the ids are: asb, night-time-economy.", theme.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateActionIds_AreRefused()
    {
        var ex = Refused("priorities:\n  - name: ASB\n    actions:\n      - action: A\n        id: x\n      - action: B\n        id: x\n");

        Assert.Contains("the action id \"x\" is used by 2 actions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SampleRoundTrip_WritesBackTheSameDocument()
    {
        // YAML round-trip: the sample read as YAML and written out again reads to the same plan.
        var yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(SamplePath));
        using var folder = new TemporaryDirectory();
        var again = folder.Write("again.yaml", new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(yaml));

        var first = ActionPlanFile.Read(SamplePath);
        var second = ActionPlanFile.Read(again);

        Assert.Equal(first.Items.Select(Flat), second.Items.Select(Flat));
        Assert.Equal((first.Source, first.ExampleValues), (second.Source, second.ExampleValues));
    }

    [Fact]
    public void MetricsDoc_ListsEveryMetricOfTheCatalogueAndNoOther()
    {
        var rows = File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "metrics.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]).ToList();

        Assert.Equal(MetricCatalogue.Names, rows);
    }

    private static string Flat(ActionPlanItem i) =>
        $"{i.Id}|{i.PriorityId}|{i.Priority}|{i.Action}|{i.Lead}|{string.Join(";", i.Partners)}|{i.Timescale}|{i.Status}|"
        + string.Join("#", i.Measures.Select(m => $"{m.Text}/{m.ReportedStatus}/{m.Note}/{m.Binding?.Metric}/{m.Binding?.Direction}/{string.Join(",", m.Binding?.CrimeTypes ?? [])}/{string.Join(",", m.Binding?.Wards ?? [])}/{m.Binding?.Theme}/{string.Join(",", m.Binding?.Categories ?? [])}"));
}
