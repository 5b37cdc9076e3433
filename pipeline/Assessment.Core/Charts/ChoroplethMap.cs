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
    /// <summary>Font size of area labels, pixels.</summary>
    public const double LabelFontSize = 8;

    /// <summary>Font size of place names, pixels.</summary>
    public const double PlaceFontSize = 9.5;

    /// <summary>Key of the spec's "usermeta" array listing area labels that found no room on the map.</summary>
    public const string UnplacedLabelsKey = "unplacedLabels";

    /// <summary>Key of the spec's "usermeta" array listing callouts that found no room on the map.</summary>
    public const string UnplacedCalloutsKey = "unplacedCallouts";

    private const double CalloutFontSize = 9;

    private const string Ink = "#1f2328";

    /// <summary>Builds the spec.</summary>
    /// <param name="areas">Polygon/MultiPolygon features in WGS84 whose properties hold the value and name; at least one.</param>
    /// <param name="options">Which properties to use and the legend title.</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="geoJson">Writes the features as GeoJSON (the adapter's GeoJSON4STJ writer).</param>
    /// <param name="points">Optional points, e.g. hotspot centres (drawn semi-transparent, under the labels).</param>
    /// <param name="hulls">Optional polygons drawn as outlines, e.g. cluster hulls.</param>
    /// <param name="width">Plot width in pixels.</param>
    /// <param name="height">Plot height in pixels.</param>
    /// <param name="places">Optional named places (towns, centres) drawn as dots with their names; their names are placed before the area labels.</param>
    /// <param name="callouts">Optional short labels placed before everything else, e.g. cluster numbers ("C1") at their centres, drawn bold just above the point.</param>
    /// <remarks>
    /// The projection is fitted here (<see cref="MapProjection.Fit"/>) and written with explicit scale and translate, so
    /// that labels are placed without collisions (<see cref="MapLabelPlacer"/>), drawn last with a white halo, and the
    /// scale bar (<see cref="MapScaleBar"/>) is true at its latitude. Area labels with no room are listed under
    /// "usermeta" → <see cref="UnplacedLabelsKey"/> (see <see cref="UnplacedLabels"/>). A north arrow sits top right.
    /// </remarks>
    /// <exception cref="ArgumentException">There are no areas.</exception>
    public static JsonObject Build(IReadOnlyList<MapFeature> areas, ChoroplethOptions options, string description, IGeoJsonWriter geoJson,
        IReadOnlyList<MapPoint>? points = null, IReadOnlyList<MapFeature>? hulls = null, int width = 520, int height = 440, IReadOnlyList<MapPlace>? places = null,
        IReadOnlyList<MapPoint>? callouts = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(geoJson);
        if (areas.Count == 0) throw new ArgumentException("The map needs at least one area.", nameof(areas));
        var areaData = InlineFeatures(areas, geoJson);
        var projection = MapProjection.Fit(areas.Select(a => a.Geometry), width, height);

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = width;
        spec["height"] = height;
        spec["projection"] = projection.ToSpec();
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

        if (points is { Count: > 0 })
        {
            var rows = new JsonArray(points.Select(p => (JsonNode?)new JsonObject
            {
                ["longitude"] = p.Longitude, ["latitude"] = p.Latitude, ["label"] = p.Label, ["weight"] = p.Weight ?? 1,
            }).ToArray());
            var encoding = LonLat();
            if (points.Any(p => p.Weight.HasValue))
                encoding["size"] = new JsonObject { ["field"] = "weight", ["type"] = "quantitative", ["legend"] = null, ["scale"] = new JsonObject { ["range"] = new JsonArray(20, 220) } };
            layers.Add(new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = rows },
                ["mark"] = new JsonObject { ["type"] = "circle", ["color"] = "#D55E00", ["opacity"] = 0.7, ["stroke"] = "#ffffff", ["strokeWidth"] = 0.8 },
                ["encoding"] = encoding,
            });
        }

        var scaleBar = MapScaleBar.For(projection, width, height);
        layers.Add(ScaleBarLayer(scaleBar));
        foreach (var layer in ScaleBarLabelLayers(scaleBar)) layers.Add(layer);
        foreach (var layer in NorthArrowLayers(width)) layers.Add(layer);

        // The scale bar, its label and the north arrow keep labels off them.
        var reserved = new List<MapLabelBox>
        {
            new("scale", 12 + scaleBar.PixelLength / 2, height - 20, scaleBar.PixelLength + 24, 28),
            new("north", width - 16, 24, 28, 44),
        };
        var calloutAnchors = (callouts ?? []).Where(c => c.Label is { Length: > 0 }).Select(c => { var (x, y) = projection.Project(c.Longitude, c.Latitude); return (Text: c.Label!, X: x, Y: y - CalloutFontSize); }).ToArray();
        var calloutLabels = MapLabelPlacer.Place(calloutAnchors, CalloutFontSize, width, height, reserved);
        reserved.AddRange(calloutLabels.Placed);
        var placeList = places ?? [];
        var placeAnchors = placeList.Select(p => projection.Project(p.Longitude, p.Latitude)).ToArray();
        // Each place's dot is kept clear, and its name is tried first just above it.
        reserved.AddRange(placeAnchors.Select((a, i) => new MapLabelBox("dot " + placeList[i].Name, a.X, a.Y, 7, 7)));
        var placeNames = MapLabelPlacer.Place(
            placeList.Select((p, i) => (p.Name, placeAnchors[i].X, placeAnchors[i].Y - PlaceFontSize)).ToArray(), PlaceFontSize, width, height, reserved);
        reserved.AddRange(placeNames.Placed);

        IReadOnlyList<string> unplaced = [];
        if (options.LabelLongitudeProperty is not null && options.LabelLatitudeProperty is not null)
        {
            var anchors = areas
                .Select(a => (Name: Text(a.Properties[options.NameProperty]), Lon: Number(a.Properties[options.LabelLongitudeProperty]), Lat: Number(a.Properties[options.LabelLatitudeProperty])))
                .Where(a => a.Name is { Length: > 0 } && a.Lon is not null && a.Lat is not null)
                .Select(a => { var (x, y) = projection.Project(a.Lon!.Value, a.Lat!.Value); return (Text: a.Name!, X: x, Y: y); })
                .ToArray();
            var wardLabels = MapLabelPlacer.Place(anchors, LabelFontSize, width, height, reserved);
            unplaced = wardLabels.Dropped;
            foreach (var layer in LabelLayers(wardLabels.Placed, projection, LabelFontSize, 600)) layers.Add(layer);
        }

        if (placeList.Count > 0)
        {
            layers.Add(PlaceDotLayer(placeList));
            foreach (var layer in LabelLayers(placeNames.Placed, projection, PlaceFontSize, 700)) layers.Add(layer);
        }

        foreach (var layer in LabelLayers(calloutLabels.Placed, projection, CalloutFontSize, 700)) layers.Add(layer);

        spec["layer"] = layers;
        spec["usermeta"] = new JsonObject { [UnplacedLabelsKey] = ChartStyle.Strings(unplaced), [UnplacedCalloutsKey] = ChartStyle.Strings(calloutLabels.Dropped) };
        return spec;
    }

    /// <summary>The area labels a spec from <see cref="Build"/> had no room for, in the areas' order; empty when all were drawn or the spec has none.</summary>
    public static IReadOnlyList<string> UnplacedLabels(JsonObject spec) => Unplaced(spec, UnplacedLabelsKey);

    /// <summary>The callouts a spec from <see cref="Build"/> had no room for; empty when all were drawn.</summary>
    public static IReadOnlyList<string> UnplacedCallouts(JsonObject spec) => Unplaced(spec, UnplacedCalloutsKey);

    private static IReadOnlyList<string> Unplaced(JsonObject spec, string key)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec["usermeta"]?[key] is JsonArray names ? [.. names.Select(n => (string?)n).OfType<string>()] : [];
    }

    private static JsonObject LonLat(string longitude = "longitude", string latitude = "latitude") => new()
    {
        ["longitude"] = new JsonObject { ["field"] = longitude, ["type"] = "quantitative" },
        ["latitude"] = new JsonObject { ["field"] = latitude, ["type"] = "quantitative" },
    };

    // A white halo under each label keeps it legible over hotspot squares and dark wards.
    private static IEnumerable<JsonObject> LabelLayers(IReadOnlyList<MapLabelBox> boxes, MapProjection projection, double fontSize, int weight)
    {
        if (boxes.Count == 0) return [];
        var rows = boxes.Select(b =>
        {
            var (lon, lat) = projection.Invert(b.X, b.Y);
            return new JsonObject { ["longitude"] = lon, ["latitude"] = lat, ["label"] = b.Text };
        }).ToArray();
        var encoding = LonLat();
        encoding["text"] = new JsonObject { ["field"] = "label" };
        return HaloedText(rows, new JsonObject { ["fontSize"] = fontSize, ["fontWeight"] = weight, ["align"] = "center", ["baseline"] = "middle" }, encoding);
    }

    /// <summary>Two text layers over the same rows: a white stroked copy, then the ink on top.</summary>
    private static IEnumerable<JsonObject> HaloedText(IReadOnlyList<JsonObject> rows, JsonObject mark, JsonObject encoding)
    {
        foreach (var halo in new[] { true, false })
        {
            var layerMark = mark.DeepClone().AsObject();
            layerMark["type"] = "text";
            if (halo) { layerMark["color"] = "#ffffff"; layerMark["stroke"] = "#ffffff"; layerMark["strokeWidth"] = 2.6; layerMark["strokeJoin"] = "round"; layerMark["strokeOpacity"] = 0.9; }
            else layerMark["color"] = Ink;
            yield return new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = new JsonArray([.. rows.Select(r => (JsonNode?)r.DeepClone())]) },
                ["mark"] = layerMark,
                ["encoding"] = encoding.DeepClone(),
            };
        }
    }

    private static JsonObject PlaceDotLayer(IReadOnlyList<MapPlace> places)
    {
        var rows = places.Select(p => (JsonNode?)new JsonObject { ["longitude"] = p.Longitude, ["latitude"] = p.Latitude, ["kind"] = p.Kind == MapPlaceKind.Centre ? "centre" : "town" }).ToArray();
        var encoding = LonLat();
        encoding["size"] = new JsonObject
        {
            ["field"] = "kind", ["type"] = "nominal", ["legend"] = null,
            ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(["town", "centre"]), ["range"] = new JsonArray(22, 48) },
        };
        return new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = new JsonArray(rows) },
            ["mark"] = new JsonObject { ["type"] = "point", ["shape"] = "square", ["filled"] = true, ["color"] = Ink, ["opacity"] = 1, ["stroke"] = "#ffffff", ["strokeWidth"] = 1 },
            ["encoding"] = encoding,
        };
    }

    private static JsonObject ScaleBarLayer(MapScaleBar bar) => new()
    {
        ["data"] = new JsonObject
        {
            ["values"] = new JsonArray(new JsonObject { ["longitude"] = bar.StartLongitude, ["latitude"] = bar.Latitude, ["longitude2"] = bar.EndLongitude, ["latitude2"] = bar.Latitude }),
        },
        ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = Ink, ["strokeWidth"] = 3, ["strokeCap"] = "butt" },
        ["encoding"] = new JsonObject
        {
            ["longitude"] = new JsonObject { ["field"] = "longitude", ["type"] = "quantitative" },
            ["latitude"] = new JsonObject { ["field"] = "latitude", ["type"] = "quantitative" },
            ["longitude2"] = new JsonObject { ["field"] = "longitude2" },
            ["latitude2"] = new JsonObject { ["field"] = "latitude2" },
        },
    };

    private static IEnumerable<JsonObject> ScaleBarLabelLayers(MapScaleBar bar)
    {
        var encoding = LonLat();
        encoding["text"] = new JsonObject { ["field"] = "label" };
        var row = new JsonObject { ["longitude"] = (bar.StartLongitude + bar.EndLongitude) / 2, ["latitude"] = bar.Latitude, ["label"] = bar.Label };
        return HaloedText([row], new JsonObject { ["fontSize"] = 9, ["dy"] = -8, ["align"] = "center" }, encoding);
    }

    // Pixel positions: the arrow and its N stay in the top-right corner whatever the projection.
    private static IEnumerable<JsonObject> NorthArrowLayers(int width)
    {
        var x = width - 16;
        yield return new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject()) },
            ["mark"] = new JsonObject { ["type"] = "point", ["shape"] = "triangle-up", ["filled"] = true, ["color"] = Ink, ["opacity"] = 1, ["stroke"] = "#ffffff", ["strokeWidth"] = 1, ["size"] = 160 },
            ["encoding"] = new JsonObject { ["x"] = new JsonObject { ["value"] = x }, ["y"] = new JsonObject { ["value"] = 16 } },
        };
        var position = new JsonObject { ["x"] = new JsonObject { ["value"] = x }, ["y"] = new JsonObject { ["value"] = 36 } };
        foreach (var layer in HaloedText([new JsonObject()], new JsonObject { ["text"] = "N", ["fontSize"] = 11, ["fontWeight"] = 700, ["align"] = "center", ["baseline"] = "middle" }, position))
            yield return layer;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : node?.ToString();

    private static double? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<double>(out var d) && double.IsFinite(d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) && double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => null,
    };

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
