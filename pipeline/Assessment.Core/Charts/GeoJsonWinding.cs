using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// Ring orientation for Vega. Vega (d3-geo) draws on the sphere and takes a ring's inside to be on its
/// right: outer rings must run clockwise and holes anticlockwise. RFC 7946 GeoJSON says the opposite, and
/// such a polygon fills the whole globe except the area meant. Orientation is judged by the planar signed
/// area in longitude/latitude, which is right for anything smaller than a hemisphere.
/// </summary>
public static class GeoJsonWinding
{
    /// <summary>
    /// A deep copy of a FeatureCollection, Feature or geometry with every Polygon and MultiPolygon rewound for
    /// Vega: outer rings clockwise, holes anticlockwise. Other geometry types are copied unchanged.
    /// </summary>
    public static JsonNode RewindForVega(JsonNode geoJson)
    {
        ArgumentNullException.ThrowIfNull(geoJson);
        var copy = geoJson.DeepClone();
        Rewind(copy);
        return copy;
    }

    /// <summary>Twice the signed area of a ring by the shoelace formula, in degrees²: positive when anticlockwise (x = longitude, y = latitude).</summary>
    public static double SignedDoubleArea(JsonArray ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        double sum = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var a = ring[i]!.AsArray();
            var b = ring[(i + 1) % ring.Count]!.AsArray();
            sum += a[0]!.GetValue<double>() * b[1]!.GetValue<double>() - b[0]!.GetValue<double>() * a[1]!.GetValue<double>();
        }

        return sum;
    }

    private static void Rewind(JsonNode? node)
    {
        if (node is not JsonObject obj) return;
        switch ((string?)obj["type"])
        {
            case "FeatureCollection":
                foreach (var feature in obj["features"]?.AsArray() ?? []) Rewind(feature);
                break;
            case "Feature":
                Rewind(obj["geometry"]);
                break;
            case "GeometryCollection":
                foreach (var geometry in obj["geometries"]?.AsArray() ?? []) Rewind(geometry);
                break;
            case "Polygon":
                RewindPolygon(obj["coordinates"]!.AsArray());
                break;
            case "MultiPolygon":
                foreach (var polygon in obj["coordinates"]!.AsArray()) RewindPolygon(polygon!.AsArray());
                break;
        }
    }

    private static void RewindPolygon(JsonArray rings)
    {
        for (var i = 0; i < rings.Count; i++)
        {
            var ring = rings[i]!.AsArray();
            var anticlockwise = SignedDoubleArea(ring) > 0;
            var wantAnticlockwise = i > 0;
            if (anticlockwise != wantAnticlockwise) Reverse(ring);
        }
    }

    private static void Reverse(JsonArray ring)
    {
        var points = ring.Select(p => p!.DeepClone()).Reverse().ToList();
        ring.Clear();
        foreach (var p in points) ring.Add(p);
    }
}
