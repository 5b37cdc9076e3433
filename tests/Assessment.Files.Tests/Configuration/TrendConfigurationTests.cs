using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

/// <summary>The optional trend keys: priorities, population, harm_weights and baseline.</summary>
public sealed class TrendConfigurationTests : IDisposable
{
    private const string Minimal = """
        area:
          name: Canterbury
          lsoa_name_prefix: "Canterbury "
        period:
          end_month: 2025-12
        inputs:
          police_uk: [policeuk]

        """;

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private Core.Configuration.AssessmentSettings Load(string extra, ConfigurationOverrides? overrides = null) =>
        AssessmentConfigLoader.Load(folder.Write("assessment.yaml", Minimal + extra), overrides ?? new ConfigurationOverrides(), folder.Path);

    [Fact]
    public void Load_NoTrendKeys_LeavesEveryDefaultInPlace()
    {
        var settings = Load("");

        Assert.Empty(settings.Priorities);
        Assert.Null(settings.PopulationPath);
        Assert.Null(settings.HarmWeightsPath);
        Assert.Null(settings.ControlBaseline);
    }

    [Fact]
    public void Load_Priorities_KeepsOrderIdsNamesCategoriesCommitmentsAndSource()
    {
        var settings = Load("""
            priorities:
              - id: night-time-economy
                name: Night-time economy and violence
                description: Includes the Serious Violence Duty.
                crime_types: [Violence and sexual offences, Public order]
                commitments:
                  - Offer bystander training
                source: Our plan
              - id: young-people
                name: Young people
                crime_types: []
              - id: serious-organised-crime
                name: Serious and organised crime
                crime_types:
                  - Drugs
                  - Possession of weapons
            """);

        Assert.Equal(["night-time-economy", "young-people", "serious-organised-crime"], settings.Priorities.Select(t => t.Id));
        Assert.Equal(["Night-time economy and violence", "Young people", "Serious and organised crime"], settings.Priorities.Select(t => t.Name));
        Assert.Equal(["Violence and sexual offences", "Public order"], settings.Priorities[0].RelatedCrimeTypes);
        Assert.Equal(["Offer bystander training"], settings.Priorities[0].Commitments);
        Assert.Equal("Our plan", settings.Priorities[0].Source);
        Assert.Equal("Includes the Serious Violence Duty.", settings.Priorities[0].Description);
        Assert.Empty(settings.Priorities[1].RelatedCrimeTypes);
        Assert.Null(settings.Priorities[1].Source);
        Assert.Equal(["Drugs", "Possession of weapons"], settings.Priorities[2].RelatedCrimeTypes);
    }

    [Fact]
    public void Load_UnknownCrimeType_NamesTheFileAndLineAndListsThe14Categories()
    {
        var extra = "priorities:\n  - id: asb\n    name: ASB\n    crime_types:\n      - Anti-social behaviour\n      - Shopliftng\n";
        // The misspelt type's line, counted in the text written: Minimal's lines, then its place in extra.
        var line = (Minimal + extra).Split('\n').ToList().FindIndex(l => l.Contains("Shopliftng", StringComparison.Ordinal)) + 1;

        var ex = Assert.Throws<ConfigurationException>(() => Load(extra));

        Assert.Contains($"assessment.yaml, line {line}: priority \"asb\" lists the crime type \"Shopliftng\"", ex.Message, StringComparison.Ordinal);
        var listed = ex.Message[(ex.Message.IndexOf("categories are: ", StringComparison.Ordinal) + 16)..].TrimEnd('.').Split(", ");
        Assert.Equal(14, listed.Length);
        Assert.Contains("Shoplifting", listed);
        Assert.Contains("Violence and sexual offences", listed);
    }

    [Fact]
    public void Load_PathsAndBaseline_ResolvesAgainstTheFileAndReadsTheMonths()
    {
        var settings = Load("""
            population: data/population.csv
            harm_weights: weights.csv
            baseline:
              first: 2023-01
              last: 2024-12
            """);

        Assert.Equal(folder.Combine("data", "population.csv"), settings.PopulationPath);
        Assert.Equal(folder.Combine("weights.csv"), settings.HarmWeightsPath);
        Assert.Equal(new MonthRange(new YearMonth(2023, 1), new YearMonth(2024, 12)), settings.ControlBaseline);
    }

    [Fact]
    public void Load_BaselineWithOnlyAFirstMonth_EndsJustBeforeTheAssessmentPeriod()
    {
        var baseline = Load("baseline:\n  first: 2023-06\n").ControlBaseline!.Value;

        Assert.Equal(new MonthRange(new YearMonth(2023, 6), new YearMonth(2024, 12)), baseline);
    }

    [Fact]
    public void Load_CommandLinePaths_WinOverTheFile()
    {
        var settings = Load("population: p.csv\n", new ConfigurationOverrides { PopulationPath = "other.csv", HarmWeightsPath = "w.csv" });

        Assert.Equal(folder.Combine("other.csv"), settings.PopulationPath);
        Assert.Equal(folder.Combine("w.csv"), settings.HarmWeightsPath);
    }

    [Theory]
    [InlineData("baseline:\n  first: 2024-13\n", "baseline.first is \"2024-13\"")]
    [InlineData("baseline:\n  first: 2024-06\n  last: 2024-01\n", "baseline.last (2024-01) is before baseline.first (2024-06)")]
    [InlineData("priorities:\n  - id: asb\n    name: ASB\n    crime_types: [\"\"]\n", "lists the crime type \"\"")]
    [InlineData("priorities: []\n", "priorities: is empty")]
    [InlineData("priorities:\n  - name: ASB\n", "line 9: priority 1 has no id")]
    [InlineData("priorities:\n  - id: ASB Team\n    name: ASB\n", "has the id \"ASB Team\"; an id is lower-case letters")]
    [InlineData("priorities:\n  - id: asb\n", "(\"asb\") has no name")]
    [InlineData("priorities:\n  - id: asb\n    name: ASB\n  - id: asb\n    name: Other\n", "line 11: priority 2: the id \"asb\" is used by an earlier priority")]
    [InlineData("priorities:\n  - id: asb\n    name: ASB\n  - id: other\n    name: asb\n", "the name \"asb\" is used by an earlier priority")]
    [InlineData("themes:\n  ASB: [Anti-social behaviour]\n", "themes: is no longer read; list the partnership's priorities under priorities:")]
    [InlineData("priorities:\n  - id: asb\n    name: ASB\n    crime_type: [Drugs]\n", "crime_type")]
    public void Load_BadTrendKeys_ThrowNamingTheKey(string extra, string message)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Load(extra));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SampleConfiguration_HasCanterburysFivePrioritiesWithTheirSource()
    {
        var settings = AssessmentConfigLoader.Load(Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"), new ConfigurationOverrides(), folder.Path);

        Assert.Equal(["serious-organised-crime", "safeguarding", "young-people", "night-time-economy", "anti-social-behaviour"], settings.Priorities.Select(p => p.Id));
        Assert.Equal(["Disrupt serious and organised crime", "Safeguarding and focus on vulnerable people", "Support young people", "Night-time economy and violence", "Disrupt anti-social behaviour"],
            settings.Priorities.Select(p => p.Name));
        Assert.Equal([["Drugs", "Possession of weapons"], [], [], ["Violence and sexual offences", "Public order"], ["Anti-social behaviour", "Criminal damage and arson"]],
            settings.Priorities.Select(p => p.RelatedCrimeTypes.ToArray()));
        Assert.All(settings.Priorities, p => Assert.Equal("Canterbury Community Safety Partnership action plan, Canterbury City Council (canterbury.gov.uk)", p.Source));
        // The commitments are not repeated in the configuration: the action plan holds them under the same names.
        Assert.All(settings.Priorities, p => Assert.Empty(p.Commitments));
        var plan = ActionPlans.ActionPlanFile.Read(settings.ActionPlanPath!);
        var merged = PriorityTheme.WithActionPlanCommitments(settings.Priorities, plan.Items, plan.Source);
        Assert.Equal(plan.Items.Count, merged.Sum(p => p.Commitments.Count));
        Assert.Equal(plan.Items.Where(i => i.Priority == "Disrupt anti-social behaviour").Select(i => i.Action), merged[4].Commitments);
    }
}
