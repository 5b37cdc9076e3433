using System.Text.Json;
using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Assessment.Files.Geography;

/// <summary>
/// The <see cref="IGeoJsonWriter"/> Core's map specs use, written with NetTopologySuite.IO.GeoJSON4STJ. Rings are
/// written as given (<see cref="RingOrientationOption.DoNotModify"/>): the library's default rewinds outer rings
/// anticlockwise as RFC 7946 asks, which would undo the clockwise rings Vega needs and fill the whole globe.
/// Coordinates are written as given (Core rounds them); no "bbox" and no "id" are written.
/// </summary>
public sealed class GeoJsonMapWriter : IGeoJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new GeoJsonConverterFactory(false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.DoNotModify) },
    };

    /// <inheritdoc />
    public JsonObject FeatureCollection(IReadOnlyList<MapFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var collection = new FeatureCollection();
        foreach (var feature in features)
            collection.Add(new Feature(feature.Geometry, new AttributesTable(feature.Properties.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)))));
        return JsonSerializer.SerializeToNode(collection, Options)!.AsObject();
    }
}
