using Assessment.Core.Disclosure;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

public sealed class PublicationConfigurationTests : IDisposable
{
    private const string Rest = "area:\n  name: Example\n  lsoa_name_prefix: \"Example \"\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n";
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void NoPublicationKey_IsTheRestrictedEdition_MarkedOfficialSensitive()
    {
        var settings = Load(Rest);

        Assert.Equal(PublicationEdition.Restricted, settings.Disclosure.Edition);
        Assert.Equal("OFFICIAL-SENSITIVE", settings.Classification);
        Assert.Equal(5, settings.Disclosure.Threshold);
    }

    [Fact]
    public void PublicationPublic_WithAThreshold_IsMarkedOfficial()
    {
        var settings = Load("publication: public\nsuppression_threshold: 10\n" + Rest);

        Assert.Equal(PublicationEdition.Public, settings.Disclosure.Edition);
        Assert.Equal(10, settings.Disclosure.Threshold);
        Assert.Equal("OFFICIAL", settings.Classification);
    }

    [Fact]
    public void TheCommandLineOption_OverridesTheFile()
    {
        var path = folder.Write("a.yaml", "publication: restricted\n" + Rest);

        var settings = AssessmentConfigLoader.Load(path, new ConfigurationOverrides { Publication = "public" }, folder.Path);

        Assert.Equal(PublicationEdition.Public, settings.Disclosure.Edition);
    }

    [Theory]
    [InlineData("publication: open\n", "publication is \"open\"; expected public or restricted")]
    [InlineData("suppression_threshold: 1\n", "suppression_threshold is 1")]
    [InlineData("classification: OFFICIAL\n", "classification is \"OFFICIAL\", but the restricted edition is marked OFFICIAL-SENSITIVE")]
    public void BadOrConflictingSettings_StopNamingTheFile(string line, string expected)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Load(line + Rest));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("c.yaml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AClassificationThatAgreesWithTheEdition_IsAccepted()
    {
        Assert.Equal("OFFICIAL", Load("publication: public\nclassification: OFFICIAL\n" + Rest).Classification);
    }

    private Core.Configuration.AssessmentSettings Load(string yaml) =>
        AssessmentConfigLoader.Load(folder.Write("c.yaml", yaml), new ConfigurationOverrides(), folder.Path);
}
