using System.Text;
using Assessment.Core.Hotspots;

namespace Assessment.Files.Tables;

/// <summary>
/// The hotspot analysis as CSV under <c>&lt;out&gt;/tables/</c>: <c>hotspots.csv</c> (one row per cluster, DBSCAN and
/// k-means), <c>gistar.csv</c> (one row per grid cell and group), <c>concentration.csv</c> (one row per group and unit)
/// and <c>points_left_out.csv</c> (one row per map point and LSOA left out of the spatial analysis).
/// Column names and order are part of the output contract. Empty fields mean "not available" (e.g. no matched months).
/// </summary>
public static class HotspotTables
{
    /// <summary>Columns of hotspots.csv (theme is the group's stable key, a priority's id or "All crime and ASB", and theme_label its name; method is "dbscan" or "kmeans"; hull_wkt is the cluster's convex hull as WGS84 WKT). Centroids are event-weighted; change = matched assessment months − matched comparison months inside the cluster's hull.</summary>
    public static readonly IReadOnlyList<string> ClusterColumns =
    [
        "cluster_id", "method", "theme", "count", "share", "centroid_longitude", "centroid_latitude", "centroid_easting", "centroid_northing",
        "top_location", "top_crime_type", "change", "percent_change", "matched_comparison_count", "matched_current_count", "matched_months",
        "snap_points", "ward", "hull_wkt", "theme_label",
    ];

    /// <summary>
    /// Columns of gistar.csv. Easting/northing are the cell centre; z and p are Gi*'s normal approximation (p two-sided);
    /// band is −3…3 (99/95/90 % after FDR); class is Chainey's category, change the two-period change. Appended after
    /// theme_label: p_sim, the one-sided pseudo p of the conditional permutation test, and inference, "permutation" when
    /// the grid is sparse and q (Benjamini–Hochberg) and band come from p_sim, "normal" when they come from p.
    /// </summary>
    public static readonly IReadOnlyList<string> GiStarColumns =
        ["theme", "cell_id", "easting", "northing", "count", "z", "p", "q", "band", "class", "change", "theme_label", "p_sim", "inference"];

    /// <summary>Columns of concentration.csv. unit is "lsoa" or "snap_point"; shares are 0–1.</summary>
    public static readonly IReadOnlyList<string> ConcentrationColumns =
        ["theme", "unit", "units", "count", "gini", "generalised_gini", "share_of_units_holding_25pct", "share_of_units_holding_50pct", "theme_label"];

    /// <summary>
    /// Columns of points_left_out.csv. reason is "zero_coordinates", "outside_great_britain" or "far_from_lsoa";
    /// metres_from_lsoa is the British National Grid distance to the LSOA's polygon (far_from_lsoa only); records count
    /// both periods' months analysed, first_month and last_month are YYYY-MM.
    /// </summary>
    public static readonly IReadOnlyList<string> PointsLeftOutColumns =
        ["reason", "longitude", "latitude", "lsoa_code", "metres_from_lsoa", "records", "first_month", "last_month"];

    /// <summary>Writes the four tables and returns their paths (hotspots, gistar, concentration, points left out).</summary>
    public static IReadOnlyList<string> Write(string outputDirectory, HotspotFindings findings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(findings);
        var folder = Path.Combine(outputDirectory, "tables");
        var clusters = Path.Combine(folder, "hotspots.csv");
        var gistar = Path.Combine(folder, "gistar.csv");
        var concentration = Path.Combine(folder, "concentration.csv");
        CsvTableWriter.Write(clusters, ClusterColumns, ClusterRows(findings));
        CsvTableWriter.Write(gistar, GiStarColumns, GiStarRows(findings));
        var leftOut = Path.Combine(folder, "points_left_out.csv");
        CsvTableWriter.Write(concentration, ConcentrationColumns, ConcentrationRows(findings));
        CsvTableWriter.Write(leftOut, PointsLeftOutColumns, findings.PointsLeftOut.Select(p => (IReadOnlyList<object?>)
            [Snake(p.Reason.ToString()), p.Longitude, p.Latitude, p.LsoaCode, p.MetresFromLsoa is { } m ? Math.Round(m, 1) : null, p.Records, p.FirstMonth.ToString(), p.LastMonth.ToString()]));
        return [clusters, gistar, concentration, leftOut];
    }

    private static IEnumerable<IReadOnlyList<object?>> ClusterRows(HotspotFindings findings)
    {
        var matched = findings.Periods.HasChange ? $"{findings.Periods.MatchedCurrent.ShortLabel} vs {findings.Periods.MatchedComparison.ShortLabel}" : null;
        foreach (var group in findings.Groups)
            foreach (var set in new[] { group.Dbscan, group.KMeans })
                foreach (var c in set.Clusters)
                {
                    var s = c.Summary;
                    yield return
                    [
                        c.Id, c.Method == ClusterMethod.Dbscan ? "dbscan" : "kmeans", group.Group.Key, s.EventCount, s.ShareOfTotal,
                        s.CentroidLonLat.Longitude, s.CentroidLonLat.Latitude, s.Centroid.Easting, s.Centroid.Northing,
                        c.TopLocation, c.TopCrimeType, c.Change, c.PercentChange, c.MatchedComparisonEvents, c.MatchedCurrentEvents,
                        c.Change is null ? null : matched, c.SnapPoints, c.Ward,
                        // WGS84 well-known text, so the hull opens in QGIS or any GIS next to the map.
                        s.Hull.ToLonLatGeometry().AsText(), group.Group.Name,
                    ];
                }
    }

    private static IEnumerable<IReadOnlyList<object?>> GiStarRows(HotspotFindings findings)
    {
        foreach (var group in findings.Groups)
        {
            if (group.GiStar is not { } gi) continue;
            for (var i = 0; i < gi.Cells.Count; i++)
            {
                var cell = gi.Cells[i];
                var grid = gi.Grid.Cells[i];
                yield return
                [
                    group.Group.Key, HotspotFindings.CellId(grid), grid.Centre.Easting, grid.Centre.Northing, cell.Value,
                    cell.ZScore, cell.PValue, cell.QValue, cell.Band,
                    group.Classification is { } classes ? Snake(classes[i].Category.ToString()) : null,
                    group.Change is { } change ? Snake(change.Cells[i].Change.ToString()) : null, group.Group.Name,
                    cell.PSim, gi.Inference == Core.Spatial.GiStarInference.Permutation ? "permutation" : "normal",
                ];
            }
        }
    }

    private static IEnumerable<IReadOnlyList<object?>> ConcentrationRows(HotspotFindings findings)
    {
        foreach (var group in findings.Groups)
            foreach (var (unit, result) in new[] { ("lsoa", group.LsoaConcentration), ("snap_point", group.SnapPointConcentration) })
            {
                if (result is null) continue;
                yield return [group.Group.Key, unit, result.Units, result.Total, result.Gini, result.GeneralisedGini, result.UnitShareHolding25Percent, result.UnitShareHolding50Percent, group.Group.Name];
            }
    }

    /// <summary>"PersistentHotspot" → "persistent_hotspot".</summary>
    internal static string Snake(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(pascal[i]));
        }
        return text.ToString();
    }
}
