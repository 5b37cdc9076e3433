using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Files.Geography;
using NetTopologySuite.IO;

namespace Assessment.Files.Tests.Geography;

/// <summary><see cref="GeoJsonMapWriter"/>: GeoJSON4STJ output, geometries exactly as given.</summary>
public sealed class GeoJsonMapWriterTests
{
    private static readonly WKTReader Wkt = new();

    [Fact]
    public void FeatureCollection_ClockwiseShellAndAnticlockwiseHole_AreWrittenInTheGivenOrder()
    {
        // Vega's winding, the opposite of RFC 7946; the library's default would reverse both rings.
        var polygon = Wkt.Read("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0), (0.25 0.25, 0.75 0.25, 0.75 0.75, 0.25 0.75, 0.25 0.25))");

        var written = new GeoJsonMapWriter().FeatureCollection([new MapFeature(polygon, new JsonObject { ["name"] = "Square" })]);

        var expected = """
            {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]],[[0.25,0.25],[0.75,0.25],[0.75,0.75],[0.25,0.75],[0.25,0.25]]]},"properties":{"name":"Square"}}]}
            """;
        Assert.Equal(expected, written.ToJsonString());
    }

    [Fact]
    public void FeatureCollection_MultiPolygonAndProperties_AreWrittenAsGiven()
    {
        var multi = Wkt.Read("MULTIPOLYGON (((0 0, 0 1, 1 1, 0 0)), ((2 2, 2 3, 3 3, 2 2)))");
        var properties = new JsonObject { ["name"] = "Barton", ["events"] = 42.0, ["label_lon"] = 1.123456, ["missing"] = null };

        var written = new GeoJsonMapWriter().FeatureCollection([new MapFeature(multi, properties), new MapFeature(Wkt.Read("POLYGON ((5 5, 5 6, 6 6, 5 5))"), new JsonObject())]);

        var features = written["features"]!.AsArray();
        Assert.Equal(2, features.Count);
        Assert.Equal("MultiPolygon", (string?)features[0]!["geometry"]!["type"]);
        Assert.Equal("[[[[0,0],[0,1],[1,1],[0,0]]],[[[2,2],[2,3],[3,3],[2,2]]]]", features[0]!["geometry"]!["coordinates"]!.ToJsonString());
        Assert.Equal("""{"name":"Barton","events":42,"label_lon":1.123456,"missing":null}""", features[0]!["properties"]!.ToJsonString());
        Assert.Equal("{}", features[1]!["properties"]!.ToJsonString());
        Assert.Null(features[0]!["id"]);
        Assert.Null(features[0]!["bbox"]);
    }

    [Fact]
    public void FeatureCollection_NoFeatures_IsAnEmptyCollection() =>
        Assert.Equal("""{"type":"FeatureCollection","features":[]}""", new GeoJsonMapWriter().FeatureCollection([]).ToJsonString());
}
