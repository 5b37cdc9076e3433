using Assessment.Core.Geography;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Geography;

public sealed class GeoJsonPolygonReaderTests
{
    private static string CanterburyWards => File.ReadAllText(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson"));

    private static string CanterburyLsoas => File.ReadAllText(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa21.geojson"));

    [Fact]
    public void Read_CanterburyWards_Reads21WardsWithNames()
    {
        var features = GeoJsonPolygonReader.Read(CanterburyWards, "wards");

        Assert.Equal(21, features.Count);
        Assert.Contains(features, f => f.Property("WD25NM") == "Beltinge");
        Assert.All(features, f => Assert.True(f.Geometry is Polygon or MultiPolygon));
        Assert.Equal("E07000106", features[0].Property("LAD25CD"));
    }

    [Fact]
    public void Read_CanterburyLsoas_ReadsBothPolygonAndMultiPolygon()
    {
        var features = GeoJsonPolygonReader.Read(CanterburyLsoas, "lsoa");

        Assert.Equal(92, features.Count);
        Assert.All(features, f => Assert.StartsWith("Canterbury ", f.Property("LSOA21NM"), StringComparison.Ordinal));
    }

    [Fact]
    public void Dissolve_AllLsoas_CoversTheCityCentreButNotLondon()
    {
        var district = new BoundaryArea("Canterbury", GeoJsonPolygonReader.Dissolve(GeoJsonPolygonReader.Read(CanterburyLsoas, "lsoa"), "lsoa"), "lsoa");

        Assert.True(district.Covers(1.0799, 51.2798));   // Canterbury Cathedral
        Assert.False(district.Covers(-0.1276, 51.5072)); // Charing Cross, London
    }

    [Fact]
    public void Read_MultiPolygon_KeepsEveryPart()
    {
        const string json = """
            {"type":"Feature","properties":{"name":"two squares","code":7},"geometry":{"type":"MultiPolygon","coordinates":[
              [[[0,0],[0,1],[1,1],[1,0],[0,0]]],
              [[[2,2],[2,3],[3,3],[3,2],[2,2]]]]}}
            """;

        var feature = Assert.Single(GeoJsonPolygonReader.Read(json, "inline"));

        Assert.Equal(2, feature.Geometry.NumGeometries);
        Assert.Equal(2.0, feature.Geometry.Area, 12);
        Assert.Equal("7", feature.Property("code"));
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[1,2]}""", "Point")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0.5]]]}""", "not closed")]
    [InlineData("""{"type":"FeatureCollection"}""", "features")]
    [InlineData("""{"type":"Feature","geometry":null}""", "no geometry")]
    public void Read_Unusable_ThrowsNamingTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<GeoJsonFormatException>(() => GeoJsonPolygonReader.Read(json, "area.geojson"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("area.geojson", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenJson_GivesLineNumber()
    {
        var ex = Assert.Throws<GeoJsonFormatException>(() => GeoJsonPolygonReader.Read("{\n\"type\": \"Feature\",\n oops }", "bad.geojson"));

        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }
}
