using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;

namespace Assessment.Core.Charts;

/// <summary>
/// A choropleth of areas (LSOAs or wards) in the Mercator projection fitted to the areas, with optional area labels,
/// points and hull outlines on top. The areas and outlines are embedded as inline GeoJSON FeatureCollections written
/// through an <see cref="IGeoJsonWriter"/> after <see cref="InlineFeatures"/> has prepared them for Vega.
/// </summary>
public static class ChoroplethMap
{
    /// <summary>Builds the spec.</summary>
    /// <param name="areas">Polygon/MultiPolygon features in WGS84 whose properties hold the value and name; at least one.</param>
    /// <param name="options">Which properties to use and the legend title.</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="geoJson">Writes the features as GeoJSON (the adapter's GeoJSON4STJ writer).</param>
    /// <param name="points">Optional points, e.g. hotspot centres.</param>
    /// <param name="hulls">Optional polygons drawn as outlines, e.g. cluster hulls.</param>
    /// <param name="width">Plot width in pixels.</param>
    /// <param name="height">Plot height in pixels.</param>
    /// <exception cref="ArgumentException">There are no areas.</exception>
    public static JsonObject Build(IReadOnlyList<MapFeature> areas, ChoroplethOptions options, string description, IGeoJsonWriter geoJson,
        IReadOnlyList<MapPoint>? points = null, IReadOnlyList<MapFeature>? hulls = null, int width = 520, int height = 440)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(geoJson);
        if (areas.Count == 0) throw new ArgumentException("The map needs at least one area.", nameof(areas));
        var areaData = InlineFeatures(areas, geoJson);

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = width;
        spec["height"] = height;
        spec["projection"] = new JsonObject { ["type"] = "mercator" };
        var layers = new JsonArray
        {
            new JsonObject
            {
                ["data"] = areaData,
                ["mark"] = new JsonObject { ["type"] = "geoshape", ["stroke"] = "#ffffff", ["strokeWidth"] = 0.6 },
                ["encoding"] = new JsonObject
                {
                    ["color"] = new JsonObject
                    {
                        ["field"] = "properties." + options.ValueProperty, ["type"] = "quantitative",
                        ["scale"] = new JsonObject { ["scheme"] = options.ColourScheme },
                        ["legend"] = new JsonObject { ["title"] = options.LegendTitle, ["orient"] = "top", ["direction"] = "horizontal", ["gradientLength"] = 200, ["format"] = ",d" },
                    },
                },
            },
        };

        if (hulls is not null)
        {
            layers.Add(new JsonObject
            {
                ["data"] = InlineFeatures(hulls, geoJson),
                ["mark"] = new JsonObject { ["type"] = "geoshape", ["filled"] = false, ["stroke"] = "#D55E00", ["strokeWidth"] = 1.6 },
            });
        }

        if (options.LabelLongitudeProperty is not null && options.LabelLatitudeProperty is not null)
        {
            layers.Add(new JsonObject
            {
                ["data"] = areaData.DeepClone(),
                ["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = 7.5, ["color"] = "#1f2328", ["fontWeight"] = 600 },
                ["encoding"] = new JsonObject
                {
                    ["longitude"] = new JsonObject { ["field"] = "properties." + options.LabelLongitudeProperty, ["type"] = "quantitative" },
                    ["latitude"] = new JsonObject { ["field"] = "properties." + options.LabelLatitudeProperty, ["type"] = "quantitative" },
                    ["text"] = new JsonObject { ["field"] = "properties." + options.NameProperty },
                },
            });
        }

        if (points is { Count: > 0 })
        {
            var rows = new JsonArray(points.Select(p => (JsonNode?)new JsonObject
            {
                ["longitude"] = p.Longitude, ["latitude"] = p.Latitude, ["label"] = p.Label, ["weight"] = p.Weight ?? 1,
            }).ToArray());
            var encoding = new JsonObject
            {
                ["longitude"] = new JsonObject { ["field"] = "longitude", ["type"] = "quantitative" },
                ["latitude"] = new JsonObject { ["field"] = "latitude", ["type"] = "quantitative" },
            };
            if (points.Any(p => p.Weight.HasValue))
                encoding["size"] = new JsonObject { ["field"] = "weight", ["type"] = "quantitative", ["legend"] = null, ["scale"] = new JsonObject { ["range"] = new JsonArray(20, 220) } };
            layers.Add(new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = rows },
                ["mark"] = new JsonObject { ["type"] = "circle", ["color"] = "#D55E00", ["opacity"] = 0.85, ["stroke"] = "#ffffff", ["strokeWidth"] = 0.8 },
                ["encoding"] = encoding,
            });
        }

        spec["layer"] = layers;
        return spec;
    }

    /// <summary>
    /// A layer's "data": the features as an inline FeatureCollection read through its "features" property. Vega (d3-geo)
    /// draws on the sphere and takes a ring's inside to be on its right, so outer rings must run clockwise and holes
    /// anticlockwise, the opposite of RFC 7946; an anticlockwise outer ring fills the whole globe except the area meant.
    /// NetTopologySuite's <see cref="Geometry.Normalized"/> gives exactly that orientation (shells clockwise, holes
    /// anticlockwise, judged in the longitude/latitude plane, which is right for anything smaller than a hemisphere).
    /// Coordinates are rounded to 6 decimals first (about 0.1 m) to keep specs small.
    /// </summary>
    /// <param name="features">Features in WGS84; their geometries are not changed.</param>
    /// <param name="geoJson">Writes the prepared features as GeoJSON.</param>
    /// <returns>{"values": FeatureCollection, "format": {"type": "json", "property": "features"}}.</returns>
    public static JsonObject InlineFeatures(IReadOnlyList<MapFeature> features, IGeoJsonWriter geoJson)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(geoJson);
        var prepared = features.Select(f => f with { Geometry = GeometryPrecisionReducer.ReducePointwise(f.Geometry, SixDecimals).Normalized() }).ToArray();
        return new JsonObject
        {
            ["values"] = geoJson.FeatureCollection(prepared),
            ["format"] = new JsonObject { ["type"] = "json", ["property"] = "features" },
        };
    }

    private static readonly PrecisionModel SixDecimals = new(1e6);
}
