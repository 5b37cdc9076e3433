using Assessment.Core.Prioritisation;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

/// <summary>The prioritisation: mapping and inputs.consultation.</summary>
public sealed class PrioritisationConfigTests : IDisposable
{
    private const string Base = "area:\n  name: X\n  lsoa_name_prefix: \"X \"\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private Assessment.Core.Configuration.AssessmentSettings Load(string yaml) =>
        AssessmentConfigLoader.Load(folder.Write("c.yaml", Base + yaml), new ConfigurationOverrides(), folder.Path);

    private string Error(string yaml) => Assert.Throws<ConfigurationException>(() => Load(yaml)).Message;

    [Fact]
    public void Load_NoMapping_EqualWeightsFiveRecommendedNoRatings()
    {
        var settings = Load("");

        Assert.Equal(PrioritisationSettings.Default, settings.Prioritisation);
        Assert.Null(settings.ConsultationPath);
    }

    [Fact]
    public void Load_Sample_ReadsTheConsultationAndEqualWeights()
    {
        var settings = AssessmentConfigLoader.Load(Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"), new ConfigurationOverrides(), folder.Path);

        Assert.Equal(Path.Combine(RepositoryPaths.DataSamples, "consultation-synthetic.csv"), settings.ConsultationPath);
        Assert.Equal(PrioritisationWeights.Equal, settings.Prioritisation.Weights);
        Assert.Equal("assessment.yaml, prioritisation.weights", settings.Prioritisation.WeightsSource);
        Assert.Equal(5, settings.Prioritisation.Recommend);
    }

    [Fact]
    public void Load_WeightsRecommendAndRatings_AreResolved()
    {
        var settings = Load("  consultation: s.csv\nprioritisation:\n  weights: {harm: 2, public_concern: 0.5}\n  recommend: 3\n  vulnerability:\n    crime-burglary: {score: 4, source: \"Forum, 2025\"}\n");

        Assert.Equal(PrioritisationWeights.Equal with { Harm = 2, PublicConcern = 0.5 }, settings.Prioritisation.Weights);
        Assert.Equal(3, settings.Prioritisation.Recommend);
        Assert.Equal([new VulnerabilityRating("crime-burglary", 4, "Forum, 2025")], settings.Prioritisation.Vulnerability);
        Assert.Equal(folder.Combine("s.csv"), settings.ConsultationPath);
    }

    [Theory]
    [InlineData("prioritisation:\n  weights: {harm: -1}\n", "prioritisation.weights.harm is -1; expected a number ≥ 0")]
    [InlineData("prioritisation:\n  weights: {volume: 0, trend: 0, harm: 0, vulnerability: 0, public_concern: 0, benchmark: 0}\n", "Every weight under weights is 0")]
    [InlineData("prioritisation:\n  recommend: 0\n", "prioritisation.recommend is 0")]
    [InlineData("prioritisation:\n  vulnerability:\n    crime-burglary: {score: 6, source: x}\n", "prioritisation.vulnerability.crime-burglary.score is 6; expected a whole number from 1 to 5.")]
    [InlineData("prioritisation:\n  vulnerability:\n    crime-burglary: {score: 2}\n", "prioritisation.vulnerability.crime-burglary has no source")]
    [InlineData("prioritisation:\n  vulnerability:\n    crime-burglary: {source: x}\n", "prioritisation.vulnerability.crime-burglary has no score")]
    public void Load_BadValue_NamesTheKey(string yaml, string expected) =>
        Assert.Contains(expected, Error(yaml), StringComparison.Ordinal);

    [Fact]
    public void Load_UnknownWeight_IsRefusedWithItsLine()
    {
        var message = Error("prioritisation:\n  weights:\n    severity: 2\n");

        Assert.Contains("line 10", message, StringComparison.Ordinal);
        Assert.Contains("severity", message, StringComparison.Ordinal);
    }
}
