using System.Globalization;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Assessment.Core.Reporting.Sections;

/// <summary>NetTopologySuite geometries (WGS84) as inline GeoJSON for the map specs, with coordinates rounded to 6 decimals (about 0.1 m).</summary>
internal static class HotspotGeoJson
{
    /// <summary>A FeatureCollection of (geometry, properties) pairs.</summary>
    public static JsonObject Collection(IEnumerable<(Geometry Geometry, JsonObject Properties)> features) => new()
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray(features.Select(f => (JsonNode?)new JsonObject
        {
            ["type"] = "Feature",
            ["properties"] = f.Properties,
            ["geometry"] = Geometry(f.Geometry),
        }).ToArray()),
    };

    /// <summary>
    /// Drops vertices closer than <paramref name="toleranceDegrees"/> to the simplified outline without changing the
    /// topology; 0.0001° (about 7–11 m here) is invisible at district scale and keeps the specs small.
    /// </summary>
    public static Geometry Simplify(Geometry geometry, double toleranceDegrees = 0.0001) =>
        TopologyPreservingSimplifier.Simplify(geometry, toleranceDegrees);

    public static JsonObject Geometry(Geometry geometry) => geometry switch
    {
        Polygon p => new JsonObject { ["type"] = "Polygon", ["coordinates"] = Rings(p) },
        MultiPolygon m => new JsonObject
        {
            ["type"] = "MultiPolygon",
            ["coordinates"] = new JsonArray(Enumerable.Range(0, m.NumGeometries).Select(i => (JsonNode?)Rings((Polygon)m.GetGeometryN(i))).ToArray()),
        },
        LineString l => new JsonObject { ["type"] = "LineString", ["coordinates"] = Positions(l.Coordinates) },
        Point pt => new JsonObject { ["type"] = "Point", ["coordinates"] = Position(pt.Coordinate) },
        _ => throw new ArgumentException($"Cannot write a {geometry.GeometryType} to the map.", nameof(geometry)),
    };

    private static JsonArray Rings(Polygon polygon)
    {
        var rings = new JsonArray(Positions(polygon.Shell.Coordinates));
        foreach (var hole in polygon.Holes) rings.Add(Positions(hole.Coordinates));
        return rings;
    }

    private static JsonArray Positions(Coordinate[] coordinates) => new(coordinates.Select(c => (JsonNode?)Position(c)).ToArray());

    private static JsonArray Position(Coordinate c) => new(Round(c.X), Round(c.Y));

    private static double Round(double value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

    /// <summary>A label-safe number from a property text, or null when it is absent or not a number.</summary>
    public static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
