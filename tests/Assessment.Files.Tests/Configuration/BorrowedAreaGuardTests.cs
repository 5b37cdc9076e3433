using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

public sealed class BorrowedAreaGuardTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml");

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_OtherPrefixThanTheConfigurations_StopsNamingBothAreasAndTheFix()
    {
        var ex = Assert.Throws<ConfigurationException>(() =>
            AssessmentConfigLoader.Load(Sample, new ConfigurationOverrides { LsoaNamePrefix = "Dover " }, folder.Path));

        Assert.StartsWith($"{Sample} is the configuration for \"Canterbury\" (LSOA names starting \"Canterbury \")", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the command line asks for --area-prefix \"Dover \"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(area, partnership, boundaries, action_plan, priorities, population, previous, inputs.consultation, places)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("assessment init --district \"Dover\" --out dover.yaml, then assessment run --config dover.yaml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherNameOnly_StopsAndSuggestsThePartnership()
    {
        var ex = Assert.Throws<ConfigurationException>(() =>
            AssessmentConfigLoader.Load(Sample, new ConfigurationOverrides { AreaName = "Dartford and Gravesham" }, folder.Path));

        Assert.Contains("--area-name \"Dartford and Gravesham\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("assessment init --csp \"Dartford and Gravesham\" --out dartford-and-gravesham.yaml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherBoundaryOrCodes_Stops()
    {
        var codes = folder.Write("codes.txt", "E01024000\n");

        Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(Sample, new ConfigurationOverrides { BoundaryPath = "dover.geojson" }, folder.Path));
        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(Sample, new ConfigurationOverrides { LsoaCodesFile = codes }, folder.Path));
        Assert.Contains("assessment init --csp \"NAME_OR_CODE\" --out area.yaml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TheConfigurationsOwnArea_Proceeds()
    {
        var settings = AssessmentConfigLoader.Load(Sample, new ConfigurationOverrides { AreaName = "canterbury", LsoaNamePrefix = "Canterbury " }, folder.Path);

        Assert.Equal(["Canterbury "], settings.Area.LsoaNamePrefixes);
        Assert.Equal("Canterbury Community Safety Partnership", settings.Partnership);
    }

    [Fact]
    public void Load_SameCodesInAnotherFile_Proceeds()
    {
        var config = folder.Write("codes.yaml", "area:\n  name: X\n  lsoa_codes: [E01024000, E01024001]\nboundaries:\n  wards: w.geojson\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");
        var same = folder.Write("same.txt", "E01024001\nE01024000\n");
        var other = folder.Write("other.txt", "E01024001\n");

        Assert.Equal(2, AssessmentConfigLoader.Load(config, new ConfigurationOverrides { LsoaCodesFile = same }, folder.Path).Area.LsoaCodes!.Count);
        Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(config, new ConfigurationOverrides { LsoaCodesFile = other }, folder.Path));
    }

    [Fact]
    public void Load_ConfigurationWithoutAreaSpecificSettings_TakesAnyArea()
    {
        var config = folder.Write("general.yaml", "classification: OFFICIAL-SENSITIVE\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var settings = AssessmentConfigLoader.Load(config, new ConfigurationOverrides { AreaName = "Dover", LsoaNamePrefix = "Dover " }, folder.Path);

        Assert.Equal(["Dover "], settings.Area.LsoaNamePrefixes);
        Assert.Null(settings.WardBoundaryPath);
        Assert.Null(settings.ActionPlanPath);
    }

    [Fact]
    public void Load_ConfigurationWithBoundariesButNoArea_Stops()
    {
        var config = folder.Write("wards.yaml", "boundaries:\n  wards: canterbury-wards.geojson\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var ex = Assert.Throws<ConfigurationException>(() =>
            AssessmentConfigLoader.Load(config, new ConfigurationOverrides { AreaName = "Dover", LsoaNamePrefix = "Dover " }, folder.Path));

        Assert.Contains("no area (area.name is missing)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(boundaries)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConfigurationWithAPreviousAssessmentButNoArea_Stops()
    {
        var config = folder.Write("previous.yaml", "previous: canterbury-2024/assessment.json\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var ex = Assert.Throws<ConfigurationException>(() =>
            AssessmentConfigLoader.Load(config, new ConfigurationOverrides { AreaName = "Dover", LsoaNamePrefix = "Dover " }, folder.Path));

        Assert.Contains("(previous)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prioritisation:\n  vulnerability:\n    crime-shoplifting: {score: 4, source: Retail forum}\n", "prioritisation.vulnerability")]
    [InlineData("inputs:\n  police_uk: [in]\n  consultation: survey.csv\n", "inputs.consultation")]
    [InlineData("places:\n  - {name: Whitstable, kind: town, lat: 51.36, lon: 1.03}\n", "places")]
    public void Load_AreaSpecificPartnerSettingButNoArea_StopsNamingTheKey(string yaml, string key)
    {
        var inputs = yaml.Contains("inputs:", StringComparison.Ordinal) ? "" : "inputs:\n  police_uk: [in]\n";
        var config = folder.Write("partner.yaml", yaml + "period:\n  end_month: 2025-12\n" + inputs);

        var ex = Assert.Throws<ConfigurationException>(() =>
            AssessmentConfigLoader.Load(config, new ConfigurationOverrides { AreaName = "Dover", LsoaNamePrefix = "Dover " }, folder.Path));

        Assert.Contains($"({key})", ex.Message, StringComparison.Ordinal);
    }
}
