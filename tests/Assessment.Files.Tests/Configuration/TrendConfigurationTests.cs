using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

/// <summary>The optional trend keys: themes, population, harm_weights and baseline.</summary>
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

        Assert.Null(settings.Themes);
        Assert.Null(settings.PopulationPath);
        Assert.Null(settings.HarmWeightsPath);
        Assert.Null(settings.ControlBaseline);
    }

    [Fact]
    public void Load_Themes_KeepsOrderNamesAndCategories()
    {
        var settings = Load("""
            themes:
              Night-time economy and violence: [Violence and sexual offences, Public order]
              Young people: []
              Serious and organised crime:
                - Drugs
                - Possession of weapons
            """);

        Assert.Equal(["Night-time economy and violence", "Young people", "Serious and organised crime"], settings.Themes!.Select(t => t.Name));
        Assert.Equal(["Violence and sexual offences", "Public order"], settings.Themes![0].CrimeTypes);
        Assert.Empty(settings.Themes![1].CrimeTypes);
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
    [InlineData("themes:\n  ASB: [\"\"]\n", "theme \"ASB\" has a blank crime type")]
    [InlineData("themes: {}\n", "themes: is empty")]
    [InlineData("theme:\n  ASB: []\n", "theme")]
    public void Load_BadTrendKeys_ThrowNamingTheKey(string extra, string message)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Load(extra));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SampleConfiguration_StillLoadsWithDefaultThemes()
    {
        var settings = AssessmentConfigLoader.Load(Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"), new ConfigurationOverrides(), folder.Path);

        Assert.Null(settings.Themes);
        Assert.Equal(5, TrendThemes.Default.Count);
    }
}
