using Assessment.Core.Charts;
using Assessment.Core.Hotspots;
using Assessment.Core.Model;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The hotspot chapter of the report, built from <see cref="HotspotFindings"/>: methods and a summary across groups,
/// then one section per group with its findings in plain English, maps, and tables of hotspots and clusters.
/// </summary>
public static class HotspotSections
{
    /// <summary>Id of the chapter.</summary>
    public const string ChapterId = "hotspots";

    /// <summary>The whole chapter.</summary>
    /// <param name="findings">The analysis.</param>
    /// <param name="layers">Ward boundaries for the maps, or null to leave the maps out (the chapter says so).</param>
    /// <param name="source">Source note for police.uk figures, e.g. the report input's PoliceUkSource.</param>
    /// <param name="listed">Hotspots and clusters listed per group.</param>
    public static ReportSection Chapter(HotspotFindings findings, HotspotMapLayers? layers, string source, int listed = 5)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var periods = findings.Periods;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock($"This chapter shows where crime and anti-social behaviour concentrate in {findings.AreaName} in {periods.Current.Label}, for all records and for each priority group, " +
                "to help target patrols, CCTV and outreach, and whether the problem places are the same as in the comparison period."),
        };
        blocks.Add(new ParagraphBlock("A hotspot here is a small square of the map where records cluster more than chance would give, together with the squares around it; how hotspots and clusters are found is set out in the methods appendix."));
        if (periods.HasChange && periods.MatchedCurrent.Months.Count < periods.Current.Months.Count)
            blocks.Add(new CalloutBlock(CalloutKind.Warning,
                $"Only {periods.MatchedComparison.Label} of the comparison period is loaded, so change in hotspots compares {periods.MatchedCurrent.Label} with {periods.MatchedComparison.Label} only.",
                "Change uses matched months"));
        foreach (var note in HotspotNoteWording.ForArea(findings)) blocks.Add(new CalloutBlock(CalloutKind.Info, note));
        if (Headline(findings) is { } headline) blocks.Add(new ParagraphBlock(headline));
        // The figures by group are in each group's key facts below; the summary with its test statistics is for analysts.
        blocks.Add(TableBlock.CsvOnly(HotspotReportTables.Summary("hotspot-summary", findings, source)));
        if (LorenzChart(findings, source) is { } lorenz) blocks.Add(lorenz);

        // A detail map and hotspot table repeat earlier ones when an earlier group's largest hotspot is centred in the same ward.
        var detailed = new HashSet<string>(StringComparer.Ordinal);
        var children = findings.Groups.Select(g =>
        {
            var ward = g.Areas.Count > 0 ? g.Areas[0].Ward : null;
            var detail = ward is null || detailed.Add(ward);
            return ForGroup(findings, g, layers, source, ChapterId, listed, detail);
        }).ToArray();
        return new ReportSection(ChapterId, "Where crime concentrates: hotspots", blocks, children);
    }

    /// <summary>One group's section (also usable inside a priority chapter): the group's facts, its findings as sentences
    /// (<see cref="HotspotNarrative"/>), maps when wards are given, and tables of hotspots and clusters.</summary>
    /// <param name="findings">The whole analysis the group belongs to (periods, options and area name come from it).</param>
    /// <param name="group">One of <paramref name="findings"/>' groups.</param>
    /// <param name="layers">Ward boundaries for the maps, or null to leave the maps out.</param>
    /// <param name="source">Source note for police.uk figures, put under every chart and table.</param>
    /// <param name="idPrefix">Prefix of the section, chart and table ids, so the same group can appear in two places without clashing.</param>
    /// <param name="listed">How many hotspots and clusters the tables list (the largest first).</param>
    /// <param name="detail">Whether to draw the detail map of the largest hotspot and print the hotspot table (false when an
    /// earlier group's largest hotspot is in the same ward, so both would repeat it; the table still goes to the CSV output).</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or <paramref name="group"/> is null.</exception>
    public static ReportSection ForGroup(HotspotFindings findings, GroupHotspotFindings group, HotspotMapLayers? layers, string source, string idPrefix = ChapterId, int listed = 5, bool detail = true)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(group);
        var slug = ReportIds.FromText(group.Group.Name);
        // Leaves room for the suffixes of chart and table ids within the 80-character limit of ids.
        if (slug.Length > 48) slug = slug[..48].TrimEnd('-');
        var id = $"{ReportIds.FromText(idPrefix)}-{slug}";
        var summary = HotspotNarrative.Describe(group, findings);
        var blocks = new List<ReportBlock>();
        if (group.Group.CrimeTypes is { } types)
            blocks.Add(new ParagraphBlock($"police.uk categories included: {string.Join(", ", types.Order(StringComparer.Ordinal))}."));
        if (!group.HasEvents)
        {
            blocks.Add(new ParagraphBlock(summary.FirstOrDefault() ?? $"No {group.Group.RecordNoun} were recorded in the period."));
            return new ReportSection(id, $"Hotspots: {group.Group.Name}", blocks, []);
        }

        blocks.Add(Facts(findings, group));
        blocks.Add(new HeadingBlock("What the analysis shows"));
        blocks.Add(new BulletListBlock(summary));
        var mapSource = layers is null ? source : $"{source}; {layers.Source}";
        if (layers is { Wards.Count: > 0 })
        {
            blocks.Add(Map(findings, group, layers, $"{id}-map", zoom: false, mapSource));
            if (detail && group.Areas.Count > 0) blocks.Add(Map(findings, group, layers, $"{id}-map-detail", zoom: true, mapSource));
        }
        else
        {
            blocks.Add(NotYetIncluded.Callout("A map of these hotspots", "the area's ward boundaries (GeoJSON) in the assessment configuration"));
        }
        if (group.Areas.Count > 0)
        {
            var table = HotspotReportTables.Hotspots($"{id}-hotspots", findings, group, listed, source);
            blocks.Add(detail ? new TableBlock(table) : TableBlock.CsvOnly(table));
        }
        // The map numbers the clusters and the text names the largest, so the cluster table is a file for analysts.
        if (group.Dbscan.Clusters.Count > 0) blocks.Add(TableBlock.CsvOnly(HotspotReportTables.Clusters($"{id}-clusters", findings, group, listed, source)));
        // Records in edge squares change no finding a reader acts on; the methods appendix gives their number.
        var notes = HotspotNoteWording.ForGroup(group, findings).Where((_, i) => group.Notes[i] != HotspotNote.EventsOutsideGrid).ToArray();
        if (notes.Length > 0) blocks.Add(new CalloutBlock(CalloutKind.Info, string.Join(" ", notes), "Notes on this analysis"));
        return new ReportSection(id, $"Hotspots: {group.Group.Name}", blocks, []);
    }

    private static KeyFactsBlock Facts(HotspotFindings findings, GroupHotspotFindings group)
    {
        var hot = group.HotCells(findings.Options.SignificanceLevel);
        var period = KeyFactPeriod.Of(findings.Periods.Current.Months);
        var facts = new List<KeyFact>
        {
            new("Records", HotspotWording.Count(group.Events), period),
            new("Hotspot squares", HotspotWording.Count(hot.Count), $"{HotspotWording.Count(findings.Options.CellSizeMetres)} m squares, {period}"),
            new("Share of records in hotspots", HotspotWording.Percent(hot.Sum(c => c.Value) / group.Events), period),
        };
        if (group.Areas.Count > 0 && group.Areas[0].Ward is { } ward) facts.Add(new KeyFact("Largest hotspot", ward, $"ward at its centre, {period}"));
        return new KeyFactsBlock(facts, "Key facts");
    }

    private static ChartBlock Map(HotspotFindings findings, GroupHotspotFindings group, HotspotMapLayers layers, string id, bool zoom, string source)
    {
        var hot = group.HotCells(findings.Options.SignificanceLevel).Count;
        var noun = group.Group.RecordNoun;
        var largest = group.Areas.Count > 0 ? $" The largest hotspot is {HotspotWording.Whereabouts(group.Areas[0].TopPlaces.FirstOrDefault()?.Location, group.Areas[0].Ward)}." : "";
        var alt = zoom
            ? $"Detailed map of the largest hotspot of {noun} ({group.Group.Name}) in {findings.AreaName}, {findings.Periods.Current.Label}, with ward boundaries and names, hotspot squares coloured by confidence and cluster outlines.{largest}"
            : $"Map of {findings.AreaName}'s wards shaded by the number of {noun} ({group.Group.Name}) in {findings.Periods.Current.Label}, with the {HotspotWording.Count(hot)} hotspot squares coloured by confidence " +
              $"and the outlines of {HotspotWording.Plural(group.Dbscan.Clusters.Count, "cluster")} of busy map points.{largest}";
        var spec = HotspotMap.Build(findings, group, layers, alt, zoom);
        return new ChartBlock(id, zoom ? $"{group.Group.Name}: the largest hotspot in detail" : $"{group.Group.Name}: hotspots across {findings.AreaName}",
            spec, alt, source,
            "Wards are shaded by the number of records. Orange squares are hotspots (defined in the methods appendix); dashed outlines are clusters of busy map points, numbered C1, C2, … from the largest, as in the cluster table of the CSV output." +
            (ChoroplethMap.UnplacedLabels(spec) is { Count: > 0 } unplaced ? $" Wards not labelled for lack of room: {string.Join(", ", unplaced)}." : "") +
            (ChoroplethMap.UnplacedCallouts(spec) is { Count: > 0 } clusters ? $" Clusters not numbered for lack of room: {string.Join(", ", clusters)}." : ""),
            ChartKind.Map);
    }

    /// <summary>
    /// The chapter's finding in one sentence, from the all-records group: "38% of all crimes and ASB incidents fell in
    /// hotspots covering 2.1% of the area; the largest is around the High Street in Westgate ward." Null
    /// when there is no such group or no hotspot test.
    /// </summary>
    internal static string? Headline(HotspotFindings findings)
    {
        var all = findings.Groups.FirstOrDefault(g => g.Group.IsAllCrime);
        if (all is not { HasEvents: true, GiStar: { Cells.Count: > 0 } gi }) return null;
        var hot = all.HotCells(findings.Options.SignificanceLevel);
        if (hot.Count == 0) return $"No part of {findings.AreaName} stood out as a hotspot for all {all.Group.RecordNoun} together.";
        var largest = all.Areas.Count > 0
            ? $"; the largest is {HotspotWording.Whereabouts(all.Areas[0].TopPlaces.FirstOrDefault()?.Location, all.Areas[0].Ward)}"
            : "";
        return $"{HotspotWording.Percent(hot.Sum(c => c.Value) / all.Events)} of all {all.Group.RecordNoun} in {findings.AreaName} fell in hotspots covering " +
               $"{HotspotWording.Percent((double)hot.Count / gi.Cells.Count)} of the area{largest}.";
    }

    private static ChartBlock? LorenzChart(HotspotFindings findings, string source)
    {
        var all = findings.Groups.FirstOrDefault(g => g.Group.IsAllCrime);
        if (all?.LsoaConcentration is not { } lsoa || !all.HasEvents) return null;
        var points = lsoa.LorenzCurve.Select(p => new LorenzPoint(p.UnitShare, p.CrimeShare)).ToArray();
        var alt = $"Concentration curve of {all.Group.RecordNoun} over {findings.AreaName}'s {HotspotWording.Count(lsoa.Units)} LSOAs in {findings.Periods.Current.Label}: " +
                  $"{HotspotWording.Percent(lsoa.UnitShareHolding50Percent)} of LSOAs hold half of all records and {HotspotWording.Percent(lsoa.UnitShareHolding25Percent)} hold a quarter (Gini {HotspotWording.TwoDecimals(lsoa.Gini)}).";
        return new ChartBlock("hotspot-lorenz", "How concentrated crime and ASB are across LSOAs",
            LorenzCurveChart.Build(points, "Share of LSOAs, highest count first", "Share of records", alt), alt, source,
            "The further the curve bows above the diagonal, the more records are concentrated in a few LSOAs.");
    }
}
