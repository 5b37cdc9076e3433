using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

/// <summary>The substance-misuse inputs: inputs.fingertips (one file or a list), inputs.treatment and area.county_code.</summary>
public sealed class SubstanceMisuseConfigTests : IDisposable
{
    private const string Area = "area:\n  name: X\n  lsoa_name_prefix: \"X \"\n  district_codes: [E07000106]\n";
    private const string Rest = "period:\n  end_month: 2025-12\n";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_SampleConfiguration_HasTheAdmissionsExportAndTheSyntheticTreatmentFile()
    {
        var settings = AssessmentConfigLoader.Load(Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"), new ConfigurationOverrides(), folder.Path);

        Assert.Equal([Path.Combine(RepositoryPaths.DataSamples, "alcohol_related_admissions.csv")], settings.FingertipsPaths);
        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "ndtms-treatment-synthetic.csv"), settings.TreatmentPath);
        Assert.All([.. settings.FingertipsPaths, settings.TreatmentPath!], p => Assert.True(File.Exists(p), p));
        Assert.Null(settings.Area.CountyCode);
    }

    [Fact]
    public void Load_ListOfExportsAndACountyCode_AreResolvedAgainstTheFilesFolder()
    {
        var path = folder.Write("c.yaml", Area + "  county_code: E10000016\n" + Rest + "inputs:\n  police_uk: [in]\n  fingertips: [a.csv, sub/b.csv]\n  treatment: t.csv\n");

        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);

        Assert.Equal([folder.Combine("a.csv"), folder.Combine("sub", "b.csv")], settings.FingertipsPaths);
        Assert.Equal(folder.Combine("t.csv"), settings.TreatmentPath);
        Assert.Equal("E10000016", settings.Area.CountyCode);
    }

    [Fact]
    public void Load_OneExportAsAString_IsAListOfOne()
    {
        var path = folder.Write("c.yaml", Area + Rest + "inputs:\n  police_uk: [in]\n  fingertips: a.csv\n");

        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path);

        Assert.Equal([folder.Combine("a.csv")], settings.FingertipsPaths);
        Assert.Null(settings.TreatmentPath);
    }

    [Fact]
    public void Load_CountyCodeThatIsNotAnOnsCode_IsRefused()
    {
        var path = folder.Write("c.yaml", Area + "  county_code: Kent\n" + Rest + "inputs:\n  police_uk: [in]\n");

        var error = Assert.Throws<ConfigurationException>(() => AssessmentConfigLoader.Load(path, new ConfigurationOverrides(), folder.Path));

        Assert.Contains("area.county_code is \"Kent\"", error.Message, StringComparison.Ordinal);
    }
}
