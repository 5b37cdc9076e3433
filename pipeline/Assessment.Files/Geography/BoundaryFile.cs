using System.Globalization;
using System.Text.Json;
using Assessment.Core.Geography;
using Assessment.Files.Configuration;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Assessment.Files.Geography;

/// <summary>
/// Reads a GeoJSON boundary file (RFC 7946; WGS84 longitude/latitude) into <see cref="BoundaryFeature"/>s with
/// NetTopologySuite.IO.GeoJSON4STJ: a FeatureCollection (as ONS publishes LSOA and ward boundaries), a single Feature,
/// or a bare Polygon or MultiPolygon. Every feature must be a Polygon or MultiPolygon; "crs", "name", "bbox" and
/// other members are ignored, as are comments and trailing commas. Coordinates in metres (British National Grid) or
/// with latitude and longitude swapped are refused.
/// </summary>
public static class BoundaryFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new GeoJsonConverterFactory() },
    };

    /// <summary>Reads the boundary file at <paramref name="path"/>.</summary>
    /// <param name="path">The GeoJSON file.</param>
    /// <param name="requiredProperties">Properties every feature must have with a non-blank value, e.g. "LSOA21CD".</param>
    /// <returns>The features in file order.</returns>
    /// <exception cref="ConfigurationException">The file does not exist.</exception>
    /// <exception cref="BoundaryDataException">The file is empty, not JSON or not GeoJSON, has no features, has a feature that is not a polygon, lacks a required property, or has coordinates that are not longitude/latitude (metres, or the two swapped); the message starts with the path.</exception>
    public static IReadOnlyList<BoundaryFeature> Read(string path, params IReadOnlyList<string> requiredProperties)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"Boundary file not found: {path}");
        return Parse(File.ReadAllBytes(path), path, requiredProperties);
    }

    /// <summary>Reads boundary features from GeoJSON text.</summary>
    /// <param name="utf8Json">The GeoJSON as UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="source">The file name or path, for messages.</param>
    /// <param name="requiredProperties">Properties every feature must have with a non-blank value.</param>
    /// <returns>The features in input order; at least one.</returns>
    /// <exception cref="BoundaryDataException">As for <see cref="Read"/>; the message starts with <paramref name="source"/>.</exception>
    public static IReadOnlyList<BoundaryFeature> Parse(ReadOnlySpan<byte> utf8Json, string source, params IReadOnlyList<string> requiredProperties)
    {
        if (utf8Json.StartsWith("\uFEFF"u8)) utf8Json = utf8Json[3..];
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty) throw new BoundaryDataException($"{source}: the file is empty; expected a GeoJSON FeatureCollection.");
        IReadOnlyList<IFeature?> features;
        try
        {
            features = TopLevelType(utf8Json) switch
            {
                "FeatureCollection" => JsonSerializer.Deserialize<FeatureCollection>(utf8Json, Options)!.ToArray(),
                "Feature" => [JsonSerializer.Deserialize<IFeature>(utf8Json, Options)],
                "Polygon" or "MultiPolygon" => [new Feature(JsonSerializer.Deserialize<Geometry>(utf8Json, Options), new AttributesTable())],
                null => throw new BoundaryDataException($"{source}: expected a GeoJSON object with a \"type\" (e.g. a FeatureCollection)."),
                var other => throw new BoundaryDataException($"{source}: expected a FeatureCollection, Feature, Polygon or MultiPolygon, found \"{other}\"."),
            };
        }
        catch (JsonException ex)
        {
            throw new BoundaryDataException($"{source}{Where(ex)}: not valid GeoJSON: {WithoutPosition(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            // GeoJSON4STJ reports an unknown geometry type, an unclosed ring or an out-of-range number this way, without a position.
            throw new BoundaryDataException($"{source}: not valid GeoJSON: {ex.Message}", ex);
        }

        if (features.Count == 0) throw new BoundaryDataException($"{source}: the FeatureCollection has no features.");
        var read = features.Select((f, i) => ToBoundaryFeature(f, i, source, requiredProperties)).ToArray();
        CheckCoordinates(read, source);
        return read;
    }

    /// <summary>
    /// Refuses coordinates that are not WGS84 longitude/latitude: British National Grid metres (or any projected
    /// system) lie far outside ±180/±90; a Great Britain file with x and y swapped has x (latitude) within 49…61 and
    /// y (longitude) within −9…3, which as longitude/latitude is the sea off Somalia.
    /// </summary>
    private static void CheckCoordinates(IReadOnlyList<BoundaryFeature> features, string source)
    {
        var extent = new Envelope();
        foreach (var f in features) extent.ExpandToInclude(f.Geometry.EnvelopeInternal);
        string Corner() => string.Create(CultureInfo.InvariantCulture, $"x {extent.MinX:0.######} to {extent.MaxX:0.######}, y {extent.MinY:0.######} to {extent.MaxY:0.######}");
        if (extent.MinX < -180 || extent.MaxX > 180 || extent.MinY < -90 || extent.MaxY > 90)
            throw new BoundaryDataException($"{source}: the coordinates ({Corner()}) are not longitude and latitude; they look like metres of a projected system such as British National Grid (EPSG:27700). GeoJSON boundaries must be WGS84 longitude/latitude (EPSG:4326): reproject the file, e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.");
        if (extent.MinX >= 49 && extent.MaxX <= 61 && extent.MinY >= -9 && extent.MaxY <= 3)
            throw new BoundaryDataException($"{source}: the coordinates ({Corner()}) have latitude and longitude swapped: GeoJSON gives longitude first (for Great Britain about −8 to 2), then latitude (about 49 to 61). Swap the two in every position.");
    }

    private static BoundaryFeature ToBoundaryFeature(IFeature? feature, int index, string source, IReadOnlyList<string> requiredProperties)
    {
        var where = $"{source}: feature {index + 1}";
        if (feature?.Geometry is not { } geometry) throw new BoundaryDataException($"{where} has no geometry.");
        if (geometry is not (Polygon or MultiPolygon))
            throw new BoundaryDataException($"{where} is a {geometry.GeometryType}; only Polygon and MultiPolygon areas are supported.");
        var attributes = feature.Attributes;
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in attributes?.GetNames() ?? [])
        {
            try
            {
                properties[name] = Text(attributes!.GetOptionalValue(name));
            }
            catch (NotSupportedException ex)
            {
                // GeoJSON4STJ reads property values lazily, as decimal: a number such as 1e999 fails only here.
                throw new BoundaryDataException($"{where} has a {name} property that cannot be read: {ex.Message}", ex);
            }
        }
        foreach (var required in requiredProperties)
        {
            if (string.IsNullOrWhiteSpace(properties.GetValueOrDefault(required)))
                throw new BoundaryDataException($"{where} has no {required} property; it has {(properties.Count == 0 ? "none" : string.Join(", ", properties.Keys))}.");
        }
        return new BoundaryFeature(geometry, properties);
    }

    /// <summary>The root object's "type", read ahead so the right GeoJSON4STJ converter can be asked; null when there is none.</summary>
    private static string? TopLevelType(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String) return reader.GetString();
            reader.Skip();
        }
        return null;
    }

    /// <summary>Attribute values as GeoJSON4STJ gives them (string, decimal, bool, nested table or array) as text.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType(), Options),
    };

    private static string Where(JsonException ex) =>
        ex.LineNumber is { } line
            ? $", line {line + 1}, position {ex.BytePositionInLine + 1}{(ex.Path is { Length: > 1 } path ? $" ({path})" : "")}"
            : "";

    /// <summary>System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …" (zero-based); <see cref="Where"/> says it once, one-based.</summary>
    private static string WithoutPosition(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: ", " Path:", "LineNumber:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) message = message[..at];
        }
        return message.Trim();
    }
}
