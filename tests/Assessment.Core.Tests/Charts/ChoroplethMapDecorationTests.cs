using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Files.Geography;
using NetTopologySuite.IO;

namespace Assessment.Core.Tests.Charts;

/// <summary>What <see cref="ChoroplethMap"/> draws over the areas: a fixed projection, scale bar, north arrow, places and non-colliding labels with halos.</summary>
public sealed class ChoroplethMapDecorationTests
{
    private static readonly WKTReader Wkt = new();
    private static readonly ChoroplethOptions Options = new("count", "name", "Crimes (count)", "lon", "lat");

    [Fact]
    public void Build_WithoutPlaces_IsAValidMapWithAFixedProjectionAScaleBarAndANorthArrow()
    {
        var spec = ChoroplethMap.Build(Grid(2), Options, "Map.", new GeoJsonMapWriter());

        Assert.True((double)spec["projection"]!["scale"]! > 0);
        Assert.Equal(2, spec["projection"]!["translate"]!.AsArray().Count);
        var layers = Layers(spec);
        Assert.Single(layers, l => (string?)l["mark"]!["type"] == "rule" && l["encoding"]!["longitude2"] is not null);
        Assert.Contains(layers, l => (string?)l["mark"]!["text"] == "N");
        Assert.Contains(layers, l => (string?)l["mark"]!["shape"] == "triangle-up");
        Assert.DoesNotContain(layers, l => (string?)l["encoding"]?["size"]?["field"] == "kind");
        Assert.Empty(ChoroplethMap.UnplacedLabels(spec));
        Assert.Equal(["A0", "A1", "A2", "A3"], LabelTexts(spec).Order());
    }

    [Fact]
    public void Build_WithPlaces_DrawsTheirDotsAndNamesAndEveryLabelAboveEveryShape()
    {
        var places = new[] { new MapPlace("Midtown", 0.5, 0.5, MapPlaceKind.Centre), new MapPlace("Edge", 0.1, 0.9) };

        var spec = ChoroplethMap.Build(Grid(2), Options, "Map.", new GeoJsonMapWriter(), places: places);

        var layers = Layers(spec);
        var dots = layers.Single(l => (string?)l["encoding"]?["size"]?["field"] == "kind");
        Assert.Equal(["centre", "town"], dots["data"]!["values"]!.AsArray().Select(r => (string?)r!["kind"]));
        Assert.Contains("Midtown", LabelTexts(spec));
        Assert.Contains("Edge", LabelTexts(spec));
        var lastShape = layers.FindLastIndex(l => (string?)l["mark"]!["type"] is "geoshape" or "circle");
        var firstLabel = layers.FindIndex(l => (string?)l["encoding"]?["text"]?["field"] == "label" && l["data"]!["values"]!.AsArray().Any(r => (string?)r!["label"] == "A0"));
        Assert.True(firstLabel > lastShape);
        // Each label is drawn twice: a white halo, then the ink.
        var copies = layers.Where(l => l["data"]?["values"] is JsonArray rows && rows.Any(r => (string?)r!["label"] == "Midtown")).ToList();
        Assert.Equal(["#ffffff", "#1f2328"], copies.Select(l => (string?)l["mark"]!["color"]));
    }

    [Fact]
    public void Build_MoreLabelsThanRoom_ListsTheUnplacedOnesAndDrawsOnlyThePlaced()
    {
        var spec = ChoroplethMap.Build(Grid(12), Options, "Map.", new GeoJsonMapWriter(), width: 160, height: 140);

        var unplaced = ChoroplethMap.UnplacedLabels(spec);
        Assert.NotEmpty(unplaced);
        var drawn = LabelTexts(spec);
        Assert.Empty(drawn.Intersect(unplaced));
        Assert.Equal(144, drawn.Count + unplaced.Count);
    }

    [Fact]
    public void Build_Callouts_ArePlacedBeforeTheAreaLabels()
    {
        var spec = ChoroplethMap.Build(Grid(2), Options, "Map.", new GeoJsonMapWriter(), callouts: [new MapPoint(0.25, 0.25, "C1")]);

        Assert.Contains("C1", LabelTexts(spec));
        Assert.Empty(ChoroplethMap.UnplacedCallouts(spec));
    }

    // n × n unit squares over (0,0)–(1,1), named A0, A1, … with their label points at the squares' centres.
    private static List<MapFeature> Grid(int n)
    {
        var features = new List<MapFeature>();
        var size = 1.0 / n;
        for (var i = 0; i < n * n; i++)
        {
            double x = i % n * size, y = i / n * size;
            features.Add(new MapFeature(Wkt.Read($"POLYGON (({x} {y}, {x} {y + size}, {x + size} {y + size}, {x + size} {y}, {x} {y}))"),
                new JsonObject { ["name"] = $"A{i}", ["count"] = i, ["lon"] = x + size / 2, ["lat"] = y + size / 2 }));
        }
        return features;
    }

    private static List<JsonObject> Layers(JsonObject spec) => [.. spec["layer"]!.AsArray().Select(l => l!.AsObject())];

    // The texts of the ink (not halo) label layers.
    private static List<string> LabelTexts(JsonObject spec) =>
    [
        .. Layers(spec).Where(l => (string?)l["mark"]!["type"] == "text" && (string?)l["mark"]!["color"] != "#ffffff" && (string?)l["encoding"]?["text"]?["field"] == "label")
            .SelectMany(l => l["data"]!["values"]!.AsArray().Select(r => (string?)r!["label"])).OfType<string>()
            .Where(t => !t.EndsWith(" m", StringComparison.Ordinal) && !t.EndsWith(" km", StringComparison.Ordinal)),
    ];
}
