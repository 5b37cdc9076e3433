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
        blocks.Add(new TableBlock(HotspotReportTables.Summary("hotspot-summary", findings, source)));
        if (LorenzChart(findings, source) is { } lorenz) blocks.Add(lorenz);

        var children = findings.Groups.Select(g => ForGroup(findings, g, layers, source, ChapterId, listed)).ToArray();
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
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or <paramref name="group"/> is null.</exception>
    public static ReportSection ForGroup(HotspotFindings findings, GroupHotspotFindings group, HotspotMapLayers? layers, string source, string idPrefix = ChapterId, int listed = 5)
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
            if (group.Areas.Count > 0) blocks.Add(Map(findings, group, layers, $"{id}-map-detail", zoom: true, mapSource));
        }
        else
        {
            blocks.Add(NotYetIncluded.Callout("A map of these hotspots", "the area's ward boundaries (GeoJSON) in the assessment configuration"));
        }
        if (group.Areas.Count > 0) blocks.Add(new TableBlock(HotspotReportTables.Hotspots($"{id}-hotspots", findings, group, listed, source)));
        if (group.Dbscan.Clusters.Count > 0) blocks.Add(new TableBlock(HotspotReportTables.Clusters($"{id}-clusters", findings, group, listed, source)));
        if (KMeansParagraph(group) is { } kmeans) blocks.Add(kmeans);
        if (group.Notes.Count > 0) blocks.Add(new CalloutBlock(CalloutKind.Info, string.Join(" ", HotspotNoteWording.ForGroup(group, findings)), "Notes on this analysis"));
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
            ? $"Detailed map of the largest hotspot of {noun} ({group.Group.Name}) in {findings.AreaName}, {findings.Periods.Current.Label}, with ward boundaries and names, hotspot squares coloured by confidence and DBSCAN cluster outlines.{largest}"
            : $"Map of {findings.AreaName}'s wards shaded by the number of {noun} ({group.Group.Name}) in {findings.Periods.Current.Label}, with the {HotspotWording.Count(hot)} hotspot squares coloured by confidence " +
              $"and the outlines of {HotspotWording.Count(group.Dbscan.Clusters.Count)} DBSCAN clusters.{largest}";
        var spec = HotspotMap.Build(findings, group, layers, alt, zoom);
        return new ChartBlock(id, zoom ? $"{group.Group.Name}: the largest hotspot in detail" : $"{group.Group.Name}: hotspots across {findings.AreaName}",
            spec, alt, source,
            "Wards are shaded by the number of records. Orange squares are hotspots (significant after false-discovery-rate correction); dashed outlines are DBSCAN clusters, numbered as in the cluster table." +
            (ChoroplethMap.UnplacedLabels(spec) is { Count: > 0 } unplaced ? $" Wards not labelled for lack of room: {string.Join(", ", unplaced)}." : "") +
            (ChoroplethMap.UnplacedCallouts(spec) is { Count: > 0 } clusters ? $" Clusters not numbered for lack of room: {string.Join(", ", clusters)}." : ""),
            ChartKind.Map);
    }

    private static ParagraphBlock? KMeansParagraph(GroupHotspotFindings group)
    {
        if (group.KMeans.KMeansChoice is not { } choice || group.KMeans.Clusters.Count == 0) return null;
        var parts = group.KMeans.Clusters.Select(c => $"{(c.Ward is null ? "one" : $"one centred in {c.Ward} ward")} ({HotspotWording.Percent(c.Summary.ShareOfTotal)})").ToArray();
        return new ParagraphBlock($"k-means, which places every record in one of a few groups and tests nothing, splits these {group.Group.RecordNoun} into {HotspotWording.Number(choice.K)} groups " +
                                  $"(k chosen by silhouette, {HotspotWording.TwoDecimals(choice.Silhouette)}): {HotspotWording.JoinAnd(parts)}.");
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
