using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Files.Geography;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Assessment.Core.Tests.Charts;

/// <summary>
/// <see cref="ChoroplethMap.InlineFeatures"/> with the GeoJSON4STJ writer the CLI uses: the rings Vega gets, checked
/// with NetTopologySuite's own orientation test on the written coordinates.
/// </summary>
public sealed class ChoroplethMapTests
{
    private static readonly WKTReader Wkt = new();

    [Fact]
    public void InlineFeatures_AnticlockwiseShellAndClockwiseHole_WritesShellClockwiseAndHoleAnticlockwise()
    {
        // RFC 7946 winding: anticlockwise shell, clockwise hole.
        var polygon = Wkt.Read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0), (0.25 0.25, 0.25 0.75, 0.75 0.75, 0.75 0.25, 0.25 0.25))");

        var rings = Polygons(Write(polygon)).Single();

        Assert.False(Orientation.IsCCW(rings[0]), "outer ring must be clockwise for Vega");
        Assert.True(Orientation.IsCCW(rings[1]), "hole must be anticlockwise for Vega");
        Assert.Equal(5, rings[0].Length);
    }

    [Fact]
    public void InlineFeatures_Coordinates_AreRoundedToSixDecimals_AndTheCallersGeometryIsUnchanged()
    {
        var polygon = Wkt.Read("POLYGON ((1.23456789 51.1111114, 1.3 51.1, 1.3 51.2, 1.23456789 51.1111114))");
        var before = polygon.ToText();

        var rings = Polygons(Write(polygon)).Single();

        Assert.Contains(rings[0], c => c.X == 1.234568 && c.Y == 51.111111);
        Assert.All(rings[0], c => Assert.Equal(Math.Round(c.X, 6), c.X));
        Assert.Equal(before, polygon.ToText());
    }

    [Fact]
    public void InlineFeatures_CanterburyWards_EveryFeatureWrittenWithEveryOuterRingClockwise()
    {
        var wards = BoundaryFile.Read(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson"));
        // ONS files already run clockwise; reversed they are as RFC 7946 writes them, which is what must be corrected.
        var asGiven = Written(wards.Select(w => w.Geometry));
        var reversed = Written(wards.Select(w => w.Geometry.Reverse()));

        foreach (var written in new[] { asGiven, reversed })
        {
            Assert.Equal(21, written.Count);
            var polygons = written.SelectMany(Polygons).ToArray();
            Assert.Equal(35, polygons.Length); // 18 Polygons, and 3 MultiPolygons with 17 parts between them
            Assert.All(polygons, rings => Assert.False(Orientation.IsCCW(rings[0])));
            Assert.Equal(Enumerable.Range(0, 21), written.Select(f => (int)f!["properties"]!["i"]!));
        }
        // The map the browser test renders from the file as given is therefore also the map of the reversed rings.
        Assert.Equal(asGiven.ToJsonString(), reversed.ToJsonString());
    }

    private static JsonArray Written(IEnumerable<Geometry> geometries) =>
        ChoroplethMap.InlineFeatures(geometries.Select((g, i) => new MapFeature(g, new JsonObject { ["i"] = i })).ToArray(), new GeoJsonMapWriter())["values"]!["features"]!.AsArray();

    private static JsonNode Write(Geometry geometry) =>
        ChoroplethMap.InlineFeatures([new MapFeature(geometry, new JsonObject())], new GeoJsonMapWriter())["values"]!["features"]![0]!;

    /// <summary>The rings of each polygon of a written feature.</summary>
    private static IEnumerable<Coordinate[][]> Polygons(JsonNode? feature)
    {
        var geometry = feature!["geometry"]!;
        var coordinates = geometry["coordinates"]!.AsArray();
        var polygons = (string?)geometry["type"] == "Polygon" ? [coordinates] : coordinates.Select(p => p!.AsArray());
        return polygons.Select(p => p.Select(r => r!.AsArray().Select(c => new Coordinate((double)c![0]!, (double)c[1]!)).ToArray()).ToArray());
    }
}
