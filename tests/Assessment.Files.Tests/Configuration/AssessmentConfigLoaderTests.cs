using Assessment.Core.Configuration;
using Assessment.Core.Disclosure;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

public sealed class AssessmentConfigLoaderTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_SampleConfiguration_ResolvesPathsAgainstTheFilesFolder()
    {
        var settings = AssessmentConfigLoader.Load(Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"), new ConfigurationOverrides(), folder.Path);

        Assert.Equal("Canterbury Community Safety Partnership", settings.Partnership);
        Assert.Equal(AreaKind.LsoaNamePrefix, settings.Area.Kind);
        Assert.Equal(["Canterbury "], settings.Area.LsoaNamePrefixes);
        Assert.Equal("2025-01..2025-12", settings.Period.Current.ToString());
        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "policeuk"), Assert.Single(settings.PoliceUkInputs));
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "reports"), settings.OutputDirectory);
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "reports", "assessment.duckdb"), settings.StorePath);
        Assert.Equal("OFFICIAL-SENSITIVE", settings.Classification);
        Assert.Equal(PublicationEdition.Restricted, settings.Disclosure.Edition);
        Assert.Equal(["E07000106"], settings.Area.DistrictCodes);
        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "Flytipping.xlsx"), settings.FlyTippingPath);
        Assert.True(File.Exists(settings.FlyTippingPath));
        Assert.Equal(new BenchmarkSettings(Path.Combine(RepositoryPaths.DataSamples, "benchmark", "kent-counts-by-district.csv")), settings.Benchmark);
        Assert.True(File.Exists(settings.Benchmark!.CountsPath));
        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "reoffending-synthetic.csv"), settings.ReoffendingPath);
        Assert.Equal([Path.Combine(RepositoryPaths.DataSamples, "drug-seizures")], settings.DrugSeizurePaths);
        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "drug-misuse", "deaths_misuse.csv"), settings.DrugMisuseDeathsPath);
        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "drug-misuse", "misuse.csv"), settings.DrugMisuseAdmissionsPath);
        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "drug-misuse", "population_la.csv"), settings.CountyPopulationPath);
        Assert.True(File.Exists(settings.ReoffendingPath));
        Assert.Equal(("Kent", "Kent"), (settings.Area.PoliceForce, settings.Area.County));
        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "council-asb-cases-synthetic.csv"), settings.AsbCasesPath);
        Assert.True(File.Exists(settings.AsbCasesPath));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("  benchmark: {}\n", "store")]
    [InlineData("  benchmark:\n    enabled: true\n", "store")]
    [InlineData("  benchmark:\n    enabled: false\n    counts: c.csv\n", null)]
    [InlineData("  benchmark:\n    counts: tables/c.csv\n", "tables/c.csv")]
    public void Load_Benchmark_IsOnWhenTheSectionIsPresentAndNotTurnedOff(string lines, string? expected)
    {
        var path = folder.Write("plain.yaml", "area:\n  name: X\n  lsoa_name_prefix: \"X \"\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n" + lines);

        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);

        Assert.Equal(expected, settings.Benchmark is null ? null : settings.Benchmark.CountsPath is { } counts ? Path.GetRelativePath(folder.Path, counts) : "store");
    }

    [Fact]
    public void Load_NoFlyTippingOrDistrictCodes_LeavesThemEmpty()
    {
        var path = folder.Write("plain.yaml", "area:\n  name: X\n  lsoa_name_prefix: \"X \"\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);

        Assert.Null(settings.FlyTippingPath);
        Assert.Null(settings.AsbCasesPath);
        Assert.Empty(settings.Area.DistrictCodes);
        Assert.Null(settings.ReoffendingPath);
        Assert.Empty(settings.DrugSeizurePaths);
        Assert.Null(settings.DrugMisuseDeathsPath);
        Assert.Null(settings.Area.PoliceForce);
        Assert.Null(settings.Area.County);
    }

    [Fact]
    public void Load_DistrictCodeThatIsNotAnOnsCode_NamesTheFileAndTheValue()
    {
        var path = folder.Write("bad.yaml", "area:\n  name: X\n  lsoa_name_prefix: \"X \"\n  district_codes: [E07000106, Canterbury]\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var error = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.Contains(path, error.Message);
        Assert.Contains("area.district_codes has \"Canterbury\"", error.Message);
    }

    [Fact]
    public void Load_CommandLineOverrides_WinAndAreRelativeToTheWorkingDirectory()
    {
        // A configuration with no area-specific settings, so the command line may name any area.
        var config = folder.Write("config/general.yaml", "period:\n  end_month: 2025-12\ninputs:\n  police_uk: [policeuk]\n");
        var overrides = new ConfigurationOverrides { EndMonth = "2025-03", Months = 6, OutputDirectory = "out", PoliceUkInputs = ["downloads"], AreaName = "Dover", BoundaryPath = "area.geojson" };

        var settings = AssessmentConfigLoader.Load(config, overrides, folder.Path);

        Assert.Equal("2024-10..2025-03", settings.Period.Current.ToString());
        Assert.Equal(folder.Combine("out"), settings.OutputDirectory);
        Assert.Equal(folder.Combine("out", "assessment.duckdb"), settings.StorePath);
        Assert.Equal(folder.Combine("downloads"), Assert.Single(settings.PoliceUkInputs));
        Assert.Equal(AreaKind.Boundary, settings.Area.Kind);
        Assert.Equal(folder.Combine("area.geojson"), settings.Area.BoundaryPath);
        Assert.Equal("Dover Community Safety Partnership", settings.Partnership);
    }

    [Fact]
    public void Load_YamlSyntaxError_NamesFileLineAndColumn()
    {
        var path = folder.Write("bad.yaml", "area:\n  name: Canterbury\n period: [\n");

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.StartsWith($"{path}, line 3, column", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledKey_IsAnErrorNotIgnored()
    {
        var path = folder.Write("typo.yaml", "area:\n  name: Canterbury\n  lsoa_name_prefx: \"Canterbury \"\n");

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("lsoa_name_prefx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AreaGivenTwoWays_IsRejected()
    {
        var path = folder.Write("two.yaml",
            "area:\n  name: X\n  lsoa_name_prefix: \"X \"\n  boundary: x.geojson\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.Contains("exactly one way", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LsoaCodesFile_ReadsCodesAndSkipsTheHeader()
    {
        folder.Write("codes.csv", "LSOA21CD,name\nE01024000,Canterbury 012A\n\nE01024001,Canterbury 012B\n");
        var path = folder.Write("codes.yaml", "area:\n  name: X\n  lsoa_codes_file: codes.csv\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);

        Assert.Equal(["E01024000", "E01024001"], settings.Area.LsoaCodes);
    }

    [Fact]
    public void Load_LsoaLookupBoundaries_ResolvesBothVintagesAgainstTheFilesFolder()
    {
        var path = folder.Write("lookup.yaml", "area:\n  name: X\n  lsoa_codes: [E01024000]\n  lsoa_lookup: lu.csv\n  lsoa_lookup_boundaries:\n    lsoa11: a11.geojson\n    lsoa21: [a21.geojson, b21.geojson]\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);

        Assert.Equal(folder.Combine("lu.csv"), settings.Area.LsoaLookupPath);
        Assert.Equal([folder.Combine("a11.geojson")], settings.Area.Lsoa11BoundaryPaths);
        Assert.Equal([folder.Combine("a21.geojson"), folder.Combine("b21.geojson")], settings.Area.Lsoa21BoundaryPaths);
    }

    [Fact]
    public void Load_LsoaLookupBoundariesOfOneVintage_SaysBothAreNeeded()
    {
        var path = folder.Write("half.yaml", "area:\n  name: X\n  lsoa_codes: [E01024000]\n  lsoa_lookup_boundaries:\n    lsoa11: a11.geojson\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n");

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.Contains("area.lsoa_lookup_boundaries needs both lsoa11", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingEndMonth_SaysWhatToAdd()
    {
        var path = folder.Write("nomonth.yaml", "area:\n  name: X\n  lsoa_name_prefix: \"X \"\ninputs:\n  police_uk: [in]\n");

        var ex = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.Contains("period.end_month is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Previous_IsRelativeToTheFileAndReplacedByTheOption()
    {
        var path = folder.Write("configs/previous.yaml", "area:\n  name: X\n  lsoa_name_prefix: \"X \"\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\nprevious: ../2024/assessment.json\n");

        var fromFile = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);
        var fromOption = AssessmentConfigLoader.Load(path, new ConfigurationOverrides { PreviousAssessmentPath = "other.json" }, folder.Combine("work"));
        var none = AssessmentConfigLoader.Load(folder.Write("none.yaml", "area:\n  name: X\n  lsoa_name_prefix: \"X \"\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n"),
            new ConfigurationOverrides(), folder.Path);

        Assert.Equal(folder.Combine("2024", "assessment.json"), fromFile.PreviousAssessmentPath);
        Assert.Equal(folder.Combine("work", "other.json"), fromOption.PreviousAssessmentPath);
        Assert.Null(none.PreviousAssessmentPath);
    }
}
