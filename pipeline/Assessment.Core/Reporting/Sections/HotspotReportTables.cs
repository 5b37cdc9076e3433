using Assessment.Core.Hotspots;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The report's hotspot tables: a summary across groups, and per group its hotspots and its DBSCAN clusters.</summary>
public static class HotspotReportTables
{
    /// <summary>One row per group: records, hotspot squares, their share of records, clusters, concentration, and Clark–Evans R on records and on distinct map points.</summary>
    public static ReportTable Summary(string id, HotspotFindings findings, string source)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var alpha = findings.Options.SignificanceLevel;
        var rows = findings.Groups.Select(g =>
        {
            var hot = g.HotCells(alpha);
            return (IReadOnlyList<TableCell>)
            [
                g.Group.Name,
                g.Events,
                hot.Count,
                g.HasEvents && g.GiStar is not null ? hot.Sum(c => c.Value) / g.Events : TableCell.Empty,
                g.Dbscan.Unavailable is null ? g.Dbscan.Clusters.Count : TableCell.Empty,
                g.LsoaConcentration is { } l && g.HasEvents ? l.UnitShareHolding50Percent : TableCell.Empty,
                g.SnapPointConcentration is { } s && g.HasEvents ? s.UnitShareHolding50Percent : TableCell.Empty,
                g.ClarkEvans is { } ce ? ce.Ratio : TableCell.Empty,
                g.ClarkEvansMapPoints is { } points ? points.Ratio : TableCell.Empty,
            ];
        }).ToArray();
        return new ReportTable(id, $"Hotspots and concentration by group, {findings.Periods.Current.Label}",
        [
            TableColumn.Text("Group"),
            TableColumn.Count("Records"),
            TableColumn.Count("Hotspot squares"),
            TableColumn.Number("Records in hotspots", NumberFormat.Percent1),
            TableColumn.Count("DBSCAN clusters"),
            TableColumn.Number("LSOAs holding half", NumberFormat.Percent1),
            TableColumn.Number("Map points holding half", NumberFormat.Percent1),
            TableColumn.Number("Clark–Evans R", new NumberFormat(2)),
            TableColumn.Number("R, each map point once", new NumberFormat(2)),
        ], rows, source, Compact: true);
    }

    /// <summary>The group's largest hotspots (touching hotspot squares): wards, busiest place, size, records, confidence, pattern over time and change.</summary>
    public static ReportTable Hotspots(string id, HotspotFindings findings, GroupHotspotFindings group, int count, string source)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(group);
        var periods = findings.Periods;
        var columns = new List<TableColumn>
        {
            TableColumn.Text("Hotspot and wards"),
            TableColumn.Text("Busiest map point (records)"),
            TableColumn.Count("Squares"),
            TableColumn.Count("Records"),
            TableColumn.Number("Share", NumberFormat.Percent1),
            TableColumn.Text("Highest confidence"),
        };
        if (periods.HasClassification) columns.Add(TableColumn.Text($"Squares by pattern over {HotspotPeriods.BlockName(findings.Options.ClassificationPeriodMonths)}"));
        if (periods.HasChange) columns.Add(TableColumn.Text($"Squares hot in {periods.MatchedComparison.ShortLabel}"));
        var rows = group.Areas.Take(count).Select(a =>
        {
            var busiest = a.TopPlaces.FirstOrDefault(p => p.Location is not null);
            var cells = new List<TableCell>
            {
                a.Wards.Count == 0 ? $"H{a.Rank}" : $"H{a.Rank}: {string.Join(", ", a.Wards.Take(3).Select(w => w.Ward))}",
                busiest is null ? "" : $"{HotspotWording.PlaceLabel(busiest.Location)} ({HotspotWording.Count(busiest.Events)})",
                a.CellIndexes.Count,
                a.Events,
                a.ShareOfEvents,
                HotspotWording.BandName(a.MaxBand),
            };
            if (periods.HasClassification) cells.Add(HotspotWording.CategoryMix(a));
            if (periods.HasChange) cells.Add($"{a.CellsHotInComparison ?? 0} of {a.CellIndexes.Count}");
            return (IReadOnlyList<TableCell>)cells;
        }).ToArray();
        return new ReportTable(id, $"{group.Group.Name}: largest hotspots, {periods.Current.Label}", columns, rows, source, Compact: true);
    }

    /// <summary>The group's largest DBSCAN clusters with their place, ward, top crime type and like-for-like change inside the outline.</summary>
    public static ReportTable Clusters(string id, HotspotFindings findings, GroupHotspotFindings group, int count, string source)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(group);
        var periods = findings.Periods;
        var columns = new List<TableColumn>
        {
            TableColumn.Text("Cluster: most common location, ward"),
            TableColumn.Count("Records"),
            TableColumn.Number("Share", NumberFormat.Percent1),
            TableColumn.Text("Most common type"),
        };
        if (periods.HasChange)
        {
            columns.Add(TableColumn.Count(periods.MatchedComparison.ShortLabel));
            columns.Add(TableColumn.Count(periods.MatchedCurrent.ShortLabel));
            columns.Add(TableColumn.Number("Difference", NumberFormat.SignedInteger));
        }
        var rows = group.Dbscan.Clusters.Take(count).Select(c =>
        {
            var place = string.Join(", ", new[] { HotspotWording.PlaceLabel(c.TopLocation), c.Ward ?? "" }.Where(t => t.Length > 0));
            var cells = new List<TableCell>
            {
                place.Length == 0 ? $"C{c.Id}" : $"C{c.Id}: {place}",
                c.Summary.EventCount,
                c.Summary.ShareOfTotal,
                c.TopCrimeType ?? "",
            };
            if (periods.HasChange)
            {
                cells.Add(c.MatchedComparisonEvents is { } before ? before : TableCell.Empty);
                cells.Add(c.MatchedCurrentEvents is { } after ? after : TableCell.Empty);
                cells.Add(c.Change is { } change ? change : TableCell.Empty);
            }
            return (IReadOnlyList<TableCell>)cells;
        }).ToArray();
        return new ReportTable(id, $"{group.Group.Name}: largest DBSCAN clusters, {periods.Current.Label}", columns, rows, source, Compact: true);
    }

    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
