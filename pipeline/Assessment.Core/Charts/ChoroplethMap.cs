using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// A choropleth of areas (LSOAs or wards) from an inline GeoJSON FeatureCollection in the Mercator
/// projection fitted to the features, with optional area labels, points and hull outlines on top.
/// Polygons are rewound for Vega first (see <see cref="GeoJsonWinding"/>); the caller's object is not changed.
/// </summary>
public static class ChoroplethMap
{
    /// <summary>Builds the spec.</summary>
    /// <param name="areas">FeatureCollection of Polygon/MultiPolygon features in WGS84 whose properties hold the value and name.</param>
    /// <param name="options">Which properties to use and the legend title.</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="points">Optional points, e.g. hotspot centres.</param>
    /// <param name="hulls">Optional FeatureCollection of polygons drawn as outlines, e.g. cluster hulls.</param>
    /// <param name="width">Plot width in pixels.</param>
    /// <param name="height">Plot height in pixels.</param>
    public static JsonObject Build(JsonNode areas, ChoroplethOptions options, string description, IReadOnlyList<MapPoint>? points = null, JsonNode? hulls = null, int width = 520, int height = 440)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(options);
        if ((string?)areas["type"] != "FeatureCollection" || areas["features"] is not JsonArray { Count: > 0 })
            throw new ArgumentException("The areas must be a GeoJSON FeatureCollection with at least one feature.", nameof(areas));

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = width;
        spec["height"] = height;
        spec["projection"] = new JsonObject { ["type"] = "mercator" };
        var layers = new JsonArray
        {
            new JsonObject
            {
                ["data"] = Features(areas),
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
                ["data"] = Features(hulls),
                ["mark"] = new JsonObject { ["type"] = "geoshape", ["filled"] = false, ["stroke"] = "#D55E00", ["strokeWidth"] = 1.6 },
            });
        }

        if (options.LabelLongitudeProperty is not null && options.LabelLatitudeProperty is not null)
        {
            layers.Add(new JsonObject
            {
                ["data"] = Features(areas),
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

    private static JsonObject Features(JsonNode collection) => new()
    {
        ["values"] = GeoJsonWinding.RewindForVega(collection),
        ["format"] = new JsonObject { ["type"] = "json", ["property"] = "features" },
    };
}
