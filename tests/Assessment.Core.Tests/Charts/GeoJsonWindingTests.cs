using System.Text.Json.Nodes;
using Assessment.Core.Charts;

namespace Assessment.Core.Tests.Charts;

public sealed class GeoJsonWindingTests
{
    // Anticlockwise (RFC 7946) unit square and a clockwise hole inside it.
    private const string Anticlockwise = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";
    private const string ClockwiseHole = "[[0.25,0.25],[0.25,0.75],[0.75,0.75],[0.75,0.25],[0.25,0.25]]";

    [Fact]
    public void SignedDoubleArea_AnticlockwiseUnitSquare_IsPlusTwo() =>
        Assert.Equal(2.0, GeoJsonWinding.SignedDoubleArea(JsonNode.Parse(Anticlockwise)!.AsArray()), 12);

    [Fact]
    public void RewindForVega_Polygon_OuterClockwiseHoleAnticlockwise()
    {
        var polygon = JsonNode.Parse($$"""{"type":"Polygon","coordinates":[{{Anticlockwise}},{{ClockwiseHole}}]}""")!;

        var rewound = GeoJsonWinding.RewindForVega(polygon);

        var rings = rewound["coordinates"]!.AsArray();
        Assert.True(GeoJsonWinding.SignedDoubleArea(rings[0]!.AsArray()) < 0);
        Assert.True(GeoJsonWinding.SignedDoubleArea(rings[1]!.AsArray()) > 0);
        Assert.Equal(5, rings[0]!.AsArray().Count);
    }

    [Fact]
    public void RewindForVega_AlreadyClockwise_LeavesCoordinatesInOrder()
    {
        const string clockwise = "[[0,0],[0,1],[1,1],[1,0],[0,0]]";
        var polygon = JsonNode.Parse($$"""{"type":"Polygon","coordinates":[{{clockwise}}]}""")!;

        var rewound = GeoJsonWinding.RewindForVega(polygon);

        Assert.Equal(JsonNode.Parse(clockwise)!.ToJsonString(), rewound["coordinates"]![0]!.ToJsonString());
    }

    [Fact]
    public void RewindForVega_FeatureCollectionWithMultiPolygon_RewindsEveryOuterRing_AndLeavesInputUnchanged()
    {
        var collection = JsonNode.Parse($$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"a"},"geometry":{"type":"MultiPolygon","coordinates":[[{{{Anticlockwise}}}],[[[2,0],[3,0],[3,1],[2,1],[2,0]]]]}},
              {"type":"Feature","properties":{"name":"b"},"geometry":{"type":"Point","coordinates":[5,5]}}]}
            """)!;
        var before = collection.ToJsonString();

        var rewound = GeoJsonWinding.RewindForVega(collection);

        var polygons = rewound["features"]![0]!["geometry"]!["coordinates"]!.AsArray();
        Assert.All(polygons, p => Assert.True(GeoJsonWinding.SignedDoubleArea(p![0]!.AsArray()) < 0));
        Assert.Equal("[5,5]", rewound["features"]![1]!["geometry"]!["coordinates"]!.ToJsonString());
        Assert.Equal(before, collection.ToJsonString());
    }
}
