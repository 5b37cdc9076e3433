using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Core.Hotspots;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The Vega-Lite map of one group's hotspots: wards shaded by the group's count and labelled with their names (the
/// <see cref="ChoroplethMap"/> base), hot squares filled by confidence band on top, DBSCAN cluster outlines (dark,
/// dashed) and the numbers of the largest clusters ("C1", "C2", …) as in the cluster table, with the configured places,
/// a scale bar and a north arrow; ward labels that find no room are listed by <see cref="ChoroplethMap.UnplacedLabels"/>.
/// </summary>
public static class HotspotMap
{
    /// <summary>Map width in pixels.</summary>
    public const int Width = 540;

    /// <summary>Map height in pixels.</summary>
    public const int Height = 460;

    private const string OutlineColour = "#1f2328";

    /// <summary>Builds the spec.</summary>
    /// <param name="findings">The analysis (grid, options).</param>
    /// <param name="group">The group to map; must have wards to draw on.</param>
    /// <param name="layers">The ward boundaries.</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="zoomToLargestHotspot">Clip everything to a window around the group's largest hotspot (ignored when it has none).</param>
    /// <param name="labelledClusters">How many of the largest clusters get their number on the map.</param>
    public static JsonObject Build(HotspotFindings findings, GroupHotspotFindings group, HotspotMapLayers layers, string description, bool zoomToLargestHotspot = false, int labelledClusters = 5)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Wards.Count == 0) throw new ArgumentException("The hotspot map needs at least one ward to draw.", nameof(layers));
        var window = zoomToLargestHotspot ? HotspotMapFeatures.WindowAroundLargestHotspot(group, findings.Options.CellSizeMetres, (double)Width / Height) : null;

        var wards = HotspotMapFeatures.Wards(layers, group, window);
        var hulls = HotspotMapFeatures.ClusterHulls(group, window);
        var legend = $"{char.ToUpperInvariant(group.Group.RecordNoun[0])}{group.Group.RecordNoun[1..]} per ward";
        var spec = ChoroplethMap.Build(wards, new ChoroplethOptions("events", "name", legend, "label_lon", "label_lat"), description, layers.GeoJson, null, hulls, Width, Height, layers.Places, ClusterNumbers(group, window, labelledClusters));
        var mapLayers = spec["layer"]!.AsArray();

        foreach (var layer in mapLayers)
            if (layer!["mark"] is JsonObject mark && mark["filled"] is JsonValue filled && !filled.GetValue<bool>())
            {
                mark["stroke"] = OutlineColour;
                mark["strokeWidth"] = 1.2;
                mark["strokeDash"] = new JsonArray(4, 2);
            }

        if (HotspotMapFeatures.HotCells(group, findings.Options.SignificanceLevel, window) is { } cells)
            mapLayers.Insert(1, HotCellLayer(ChoroplethMap.InlineFeatures(cells, layers.GeoJson), findings.Options.SignificanceLevel));
        // Records per ward are counts: the public edition withholds a ward's small count like any other.
        return ChartCounts.Declare(spec, "events");
    }

    private static JsonObject HotCellLayer(JsonObject cellData, double significanceLevel)
    {
        var bands = new List<(int Band, string Colour)> { (3, "#D55E00"), (2, "#E69F00") };
        if (significanceLevel > 0.05) bands.Add((1, "#F0D060"));
        return new JsonObject
        {
            ["data"] = cellData,
            // Semi-transparent, so ward boundaries show through; the labels are drawn above with a halo.
            ["mark"] = new JsonObject { ["type"] = "geoshape", ["stroke"] = "#ffffff", ["strokeWidth"] = 0.2, ["fillOpacity"] = 0.75 },
            ["encoding"] = new JsonObject
            {
                ["fill"] = new JsonObject
                {
                    ["field"] = "properties.band",
                    ["type"] = "nominal",
                    ["scale"] = new JsonObject
                    {
                        ["domain"] = ChartStyle.Strings(bands.Select(b => HotspotMapFeatures.BandLabel(b.Band))),
                        ["range"] = ChartStyle.Strings(bands.Select(b => b.Colour)),
                    },
                    ["legend"] = new JsonObject { ["title"] = "Hotspot squares", ["orient"] = "top", ["symbolType"] = "square" },
                },
            },
        };
    }

    private static IReadOnlyList<MapPoint> ClusterNumbers(GroupHotspotFindings group, NetTopologySuite.Geometries.Geometry? window, int count) =>
    [
        .. group.Dbscan.Clusters.Take(count)
            .Where(c => window is null || window.Covers(window.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(c.Summary.CentroidLonLat.Longitude, c.Summary.CentroidLonLat.Latitude))))
            .Select(c => new MapPoint(c.Summary.CentroidLonLat.Longitude, c.Summary.CentroidLonLat.Latitude, $"C{c.Id}")),
    ];
}
