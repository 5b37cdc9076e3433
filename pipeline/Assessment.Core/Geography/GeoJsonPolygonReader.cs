using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Geography;

/// <summary>
/// Reads Polygon and MultiPolygon features from GeoJSON text into NetTopologySuite geometries.
/// A small reader because NetTopologySuite's own GeoJSON package does not restore from our registry.
/// Coordinates are taken as given (x = longitude, y = latitude for WGS84 files); other geometry types are rejected.
/// </summary>
public static class GeoJsonPolygonReader
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <param name="json">A FeatureCollection, a single Feature, or a bare Polygon/MultiPolygon.</param>
    /// <param name="source">File name for error messages.</param>
    public static IReadOnlyList<GeoJsonFeature> Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new GeoJsonFormatException($"{source}: not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var type = TypeOf(root, source, "the top-level object");
            return type switch
            {
                "FeatureCollection" => ReadCollection(root, source),
                "Feature" => [ReadFeature(root, source, 0)],
                "Polygon" or "MultiPolygon" => [new GeoJsonFeature(ReadGeometry(root, source, "the geometry"), new Dictionary<string, string?>())],
                _ => throw new GeoJsonFormatException($"{source}: expected a FeatureCollection, Feature, Polygon or MultiPolygon, found \"{type}\"."),
            };
        }
    }

    /// <summary>All features' polygons dissolved into one area (used as a partnership boundary).</summary>
    public static Geometry Dissolve(IReadOnlyList<GeoJsonFeature> features, string source)
    {
        if (features.Count == 0) throw new GeoJsonFormatException($"{source}: contains no features.");
        var union = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(features.Select(f => f.Geometry).ToArray());
        return union is Polygon or MultiPolygon
            ? union
            : throw new GeoJsonFormatException($"{source}: the features do not form an area (union is a {union.GeometryType}).");
    }

    private static List<GeoJsonFeature> ReadCollection(JsonElement root, string source)
    {
        if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            throw new GeoJsonFormatException($"{source}: the FeatureCollection has no \"features\" array.");
        var result = new List<GeoJsonFeature>(features.GetArrayLength());
        var index = 0;
        foreach (var feature in features.EnumerateArray()) result.Add(ReadFeature(feature, source, index++));
        return result;
    }

    private static GeoJsonFeature ReadFeature(JsonElement feature, string source, int index)
    {
        var where = $"feature {index + 1}";
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
            throw new GeoJsonFormatException($"{source}: {where} has no geometry.");
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in props.EnumerateObject()) properties[p.Name] = ScalarText(p.Value);
        }
        return new GeoJsonFeature(ReadGeometry(geometry, source, where), properties);
    }

    private static Geometry ReadGeometry(JsonElement geometry, string source, string where)
    {
        var type = TypeOf(geometry, source, where);
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
            throw new GeoJsonFormatException($"{source}: {where} has no coordinates.");
        return type switch
        {
            "Polygon" => ReadPolygon(coordinates, source, where),
            "MultiPolygon" => Factory.CreateMultiPolygon(coordinates.EnumerateArray().Select(p => ReadPolygon(p, source, where)).ToArray()),
            _ => throw new GeoJsonFormatException($"{source}: {where} is a {type}; only Polygon and MultiPolygon areas are supported."),
        };
    }

    private static Polygon ReadPolygon(JsonElement rings, string source, string where)
    {
        var linearRings = rings.EnumerateArray().Select(r => ReadRing(r, source, where)).ToArray();
        if (linearRings.Length == 0) throw new GeoJsonFormatException($"{source}: {where} has a polygon with no rings.");
        return Factory.CreatePolygon(linearRings[0], linearRings[1..]);
    }

    private static LinearRing ReadRing(JsonElement ring, string source, string where)
    {
        var coordinates = new List<Coordinate>(ring.GetArrayLength());
        foreach (var position in ring.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
                throw new GeoJsonFormatException($"{source}: {where} has a position that is not [x, y].");
            coordinates.Add(new Coordinate(position[0].GetDouble(), position[1].GetDouble()));
        }
        if (coordinates.Count < 4 || !coordinates[0].Equals2D(coordinates[^1]))
            throw new GeoJsonFormatException($"{source}: {where} has a ring that is not closed or has fewer than 4 positions.");
        return Factory.CreateLinearRing(coordinates.ToArray());
    }

    private static string TypeOf(JsonElement element, string source, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!
            : throw new GeoJsonFormatException($"{source}: {where} has no \"type\".");

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
