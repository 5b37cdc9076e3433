using Assessment.Core.Charts;
using Assessment.Files.Configuration;

namespace Assessment.Files.Tests.Configuration;

/// <summary>The <c>places:</c> list: positions or wards, kinds, and the errors for entries that cannot be placed.</summary>
public sealed class PlaceConfigurationTests : IDisposable
{
    private const string Head = "area:\n  name: X\n  lsoa_name_prefix: \"X \"\nperiod:\n  end_month: 2025-12\ninputs:\n  police_uk: [in]\n";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_SampleConfiguration_PlacesTheCityCentreAndTwoTownsByWard()
    {
        var settings = AssessmentConfigLoader.Load(Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"), new ConfigurationOverrides(), folder.Path);

        Assert.Equal([("Canterbury city centre", MapPlaceKind.Centre, "Westgate"), ("Whitstable", MapPlaceKind.Town, "Gorrell"), ("Herne Bay", MapPlaceKind.Town, "Heron")],
            settings.Places.Select(p => (p.Name, p.Kind, Assert.Single(p.Wards))));
    }

    [Fact]
    public void Load_PositionAndKind_AreRead()
    {
        var settings = Load("places:\n  - name: Dover town centre\n    kind: Centre\n    lat: 51.127\n    lon: 1.313\n");

        var place = Assert.Single(settings.Places);
        Assert.Equal(("Dover town centre", MapPlaceKind.Centre, 1.313, 51.127), (place.Name, place.Kind, place.Longitude!.Value, place.Latitude!.Value));
        Assert.Empty(place.Wards);
    }

    [Theory]
    [InlineData("  - lat: 51\n    lon: 1\n", "places: entry 1 has no name")]
    [InlineData("  - name: A\n", "\u201cA\u201d has no position")]
    [InlineData("  - name: A\n    lat: 51\n", "\u201cA\u201d needs both lat and lon")]
    [InlineData("  - name: A\n    lat: 51\n    lon: 1\n    wards: [B]\n", "gives both lat/lon and wards")]
    [InlineData("  - name: A\n    lat: 151\n    lon: 1\n", "expected WGS84 degrees")]
    [InlineData("  - name: A\n    kind: city\n    wards: [B]\n", "kind \u201ccity\u201d; use town or centre")]
    public void Load_BadEntry_IsRefusedNamingTheFileAndThePlace(string entry, string message)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load("places:\n" + entry));

        Assert.Contains("c.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    private Assessment.Core.Configuration.AssessmentSettings Load(string places) =>
        AssessmentConfigLoader.Load(folder.Write("c.yaml", Head + places), new ConfigurationOverrides(), folder.Path);
}
