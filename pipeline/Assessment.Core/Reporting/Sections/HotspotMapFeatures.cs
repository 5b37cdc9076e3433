using System.Globalization;
using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Core.Hotspots;
using Assessment.Core.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The feature layers of a hotspot map: wards with counts and label points, hot squares, and cluster outlines, optionally clipped to a window.</summary>
internal static class HotspotMapFeatures
{
    // A point or line hull would not show; a small ring around it does.
    private const double DegenerateHullRadiusMetres = 30;

    /// <summary>Wards with properties name, events, label_lon and label_lat; clipped to <paramref name="window"/> when given (wards outside it are dropped).</summary>
    public static IReadOnlyList<MapFeature> Wards(HotspotMapLayers layers, GroupHotspotFindings group, Geometry? window)
    {
        // Wards are matched by code: two wards of an area may share a name.
        var counts = group.WardCounts.ToDictionary(w => w.Code, w => w.Events, StringComparer.Ordinal);
        var features = new List<MapFeature>();
        for (var i = 0; i < layers.Wards.Count; i++)
        {
            var ward = layers.Wards[i];
            var name = ward.Property(layers.WardNameProperty) is { Length: > 0 } n ? n.Trim() : $"Ward {i + 1}";
            var shape = Simplify(ward.Geometry);
            if (window is not null)
            {
                if (!window.Intersects(shape)) continue;
                shape = shape.Intersection(window);
                if (shape is not (Polygon or MultiPolygon) || shape.IsEmpty) continue;
            }
            var lon = Number(ward.Property(layers.LabelLongitudeProperty));
            var lat = Number(ward.Property(layers.LabelLatitudeProperty));
            if (lon is null || lat is null || (window is not null && !window.Covers(shape.Factory.CreatePoint(new Coordinate(lon.Value, lat.Value)))))
            {
                var inside = shape.InteriorPoint;
                (lon, lat) = (inside.X, inside.Y);
            }
            features.Add(new MapFeature(shape, new JsonObject { ["name"] = name, ["events"] = Math.Round(ward.Property(layers.WardCodeProperty) is { } code ? counts.GetValueOrDefault(code.Trim()) : 0), ["label_lon"] = lon, ["label_lat"] = lat }));
        }
        return features;
    }

    /// <summary>Hot squares at the analysis' significance level, with a "band" property naming the confidence; null when there are none.</summary>
    public static IReadOnlyList<MapFeature>? HotCells(GroupHotspotFindings group, double significanceLevel, Geometry? window)
    {
        if (group.GiStar is not { } gi) return null;
        var features = gi.Hotspots(significanceLevel)
            .Select(c => (Shape: BritishNationalGrid.ToLonLat(gi.Grid.CellPolygon(c.CellIndex)), c.Band))
            .Where(c => window is null || window.Intersects(c.Shape))
            .Select(c => new MapFeature(c.Shape, new JsonObject { ["band"] = BandLabel(c.Band) }))
            .ToArray();
        return features.Length == 0 ? null : features;
    }

    /// <summary>Outlines of the DBSCAN clusters, clipped to the window; null when there are none.</summary>
    public static IReadOnlyList<MapFeature>? ClusterHulls(GroupHotspotFindings group, Geometry? window)
    {
        var features = new List<MapFeature>();
        foreach (var cluster in group.Dbscan.Clusters)
        {
            var hull = cluster.Summary.Hull;
            var shape = hull.Kind == HullKind.Polygon ? hull.ToLonLatGeometry() : BritishNationalGrid.ToLonLat(hull.Geometry.Buffer(DegenerateHullRadiusMetres, 8));
            if (window is not null)
            {
                if (!window.Intersects(shape)) continue;
                shape = shape.Intersection(window);
                if (shape is not (Polygon or MultiPolygon) || shape.IsEmpty) continue;
            }
            features.Add(new MapFeature(shape, new JsonObject { ["cluster"] = $"C{cluster.Id}" }));
        }
        return features.Count == 0 ? null : features;
    }

    /// <summary>"99% confidence", "95% confidence" or "90% confidence".</summary>
    public static string BandLabel(int band) => $"{HotspotWording.BandName(band)} confidence";

    /// <summary>
    /// A WGS84 window around the largest hotspot: its squares' extent widened by one square each side and then to the
    /// map's aspect ratio, so the window fills the map. Null when the group has no hotspot.
    /// </summary>
    public static Geometry? WindowAroundLargestHotspot(GroupHotspotFindings group, double cellSize, double aspect)
    {
        if (group.Areas.Count == 0 || group.GiStar is not { } gi) return null;
        var cells = group.Areas[0].CellIndexes.Select(i => gi.Grid.Cells[i]).ToArray();
        double minE = cells.Min(c => c.MinEasting) - cellSize, minN = cells.Min(c => c.MinNorthing) - cellSize;
        double maxE = cells.Max(c => c.MinEasting + c.Size) + cellSize, maxN = cells.Max(c => c.MinNorthing + c.Size) + cellSize;
        var (width, height) = (maxE - minE, maxN - minN);
        if (width / height < aspect) { var grow = (height * aspect - width) / 2; minE -= grow; maxE += grow; }
        else { var grow = (width / aspect - height) / 2; minN -= grow; maxN += grow; }
        var factory = new GeometryFactory(new PrecisionModel(), BritishNationalGrid.Srid);
        var rectangle = factory.CreatePolygon([new(minE, minN), new(minE, maxN), new(maxE, maxN), new(maxE, minN), new(minE, minN)]);
        // The grid is turned slightly against lines of longitude; a longitude/latitude rectangle keeps the map's edges square.
        return BritishNationalGrid.ToLonLat(rectangle).Envelope;
    }

    /// <summary>
    /// Drops vertices closer than <paramref name="toleranceDegrees"/> to the simplified outline without changing the
    /// topology; 0.0001° (about 7–11 m here) is invisible at district scale and keeps the specs small.
    /// </summary>
    private static Geometry Simplify(Geometry geometry, double toleranceDegrees = 0.0001) =>
        TopologyPreservingSimplifier.Simplify(geometry, toleranceDegrees);

    /// <summary>A label-safe number from a property text, or null when it is absent or not a number.</summary>
    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
