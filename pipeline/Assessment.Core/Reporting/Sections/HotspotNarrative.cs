using Assessment.Core.Hotspots;
using Assessment.Core.Spatial;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// Turns one group's findings into plain-English sentences. They report what the tests show and no more: a "hotspot"
/// is always a grid square that is statistically significant after false-discovery-rate correction; counts compared
/// across periods are plain differences over the same months; k-means is never called a hotspot.
/// </summary>
public static class HotspotNarrative
{
    /// <summary>
    /// The sentences for one group, in order: hotspots found; the largest hotspot (and its persistence when the
    /// quarters are classified); the other hotspots; change between the matched months; clusters of map points; how
    /// clustered the records are overall; concentration. Test names and figures are left to the methods appendix. Parts the analysis could not run are left out. For a group without events, its first note
    /// (empty when it has none). Counts are numbers of records, areas km², shares percentages of the group's records.
    /// </summary>
    /// <param name="f">One group of <paramref name="all"/>, as <see cref="HotspotAnalysis.Run"/> returns it.</param>
    /// <param name="all">The whole analysis: periods, options (cell size, significance level) and area name.</param>
    public static IReadOnlyList<string> Describe(GroupHotspotFindings f, HotspotFindings all)
    {
        if (!f.HasEvents) return HotspotNoteWording.ForGroup(f, all).Take(1).ToArray();
        var sentences = new List<string> { Hotspots(f, all) };
        if (f.Areas.Count > 0) sentences.Add(MainArea(f, all));
        if (f.Areas.Count > 1) sentences.Add(OtherAreas(f));
        if (f.Change is not null) sentences.Add(Change(f, all));
        sentences.Add(Clusters(f, all));
        if (f.ClarkEvans is not null) sentences.Add(ClarkEvans(f));
        if (Concentration(f) is { } concentration) sentences.Add(concentration);
        return sentences;
    }

    private static string Hotspots(GroupHotspotFindings f, HotspotFindings all)
    {
        var noun = f.Group.RecordNoun;
        var period = all.Periods.Current.IsContiguous ? $"From {all.Periods.Current.Label}" : $"In {all.Periods.Current.Label}";
        // Without Gi* (too few squares with events) the notes say why no hotspot is reported.
        if (f.GiStar is null) return $"{period}, {HotspotWording.Count(f.Events)} {noun} were recorded in {all.AreaName}.";
        var hot = f.HotCells(all.Options.SignificanceLevel);
        var cells = f.GiStar.Cells.Count;
        var size = HotspotWording.Count(all.Options.CellSizeMetres);
        if (hot.Count == 0)
            return $"{period}, {HotspotWording.Count(f.Events)} {noun} were recorded in {all.AreaName}. No {size} m grid square was a hotspot for them: " +
                   "no concentration stood out once the number of squares tested was allowed for.";
        var inHot = hot.Sum(c => c.Value);
        return $"{period}, {HotspotWording.Count(f.Events)} {noun} were recorded in {all.AreaName}. Of the area's {HotspotWording.Count(cells)} grid squares ({size} m across), " +
               $"{HotspotWording.Count(hot.Count)} {(hot.Count == 1 ? "was a hotspot" : "were hotspots")}: {HotspotWording.Percent((double)hot.Count / cells)} of the squares, " +
               $"holding {HotspotWording.Percent(inHot / f.Events)} of these {noun}.";
    }

    private static string MainArea(GroupHotspotFindings f, HotspotFindings all)
    {
        var area = f.Areas[0];
        var size = area.AreaSquareMetres(all.Options.CellSizeMetres) / 1e6;
        var wards = area.Wards.Count > 0 ? $", mostly in {HotspotWording.WardList(area.Wards.Take(3).Select(w => w.Ward).ToArray())}," : "";
        var text = $"The largest hotspot covers {HotspotWording.Plural(area.CellIndexes.Count, "square")} ({HotspotWording.Area(size)}){wards} and holds " +
                   $"{HotspotWording.Count(area.Events)} {f.Group.RecordNoun} ({HotspotWording.Percent(area.ShareOfEvents)} of them)";
        var places = area.TopPlaces.Where(p => p.Location is not null).Take(2)
            .Select(p => $"{HotspotWording.PlaceInWard(p.Location, p.Ward)} ({HotspotWording.Count(p.Events)})").ToArray();
        if (places.Length > 0) text += $"; its busiest {(places.Length == 1 ? "place is" : "places are")} {HotspotWording.JoinAnd(places)}";
        text += ".";
        if (all.Periods.HasClassification && Persistence(area, all.Periods, all.Options) is { } persistence)
            text += " " + persistence;
        return text;
    }

    private static string? Persistence(HotspotArea area, HotspotPeriods periods, HotspotOptions options)
    {
        var blocks = HotspotPeriods.BlockName(options.ClassificationPeriodMonths);
        if (area.CategoryMix.Count == 0 || area.SharedCategory is HotspotCategory.NoPattern) return null;
        // Squares that differ are listed as they are; no one category speaks for the whole hotspot.
        if (area.SharedCategory is not { } category)
            return $"Its squares differ over the {HotspotWording.Number(periods.ClassificationPeriods.Count)} {blocks} of the assessment period: {HotspotWording.JoinAnd(area.CategoryMix.Select(c => $"{HotspotWording.Count(c.Value)} {HotspotWording.ShortCategoryName(c.Key)}").ToArray())}.";
        var n = periods.ClassificationPeriods.Count;
        var block = HotspotPeriods.BlockName(options.ClassificationPeriodMonths, plural: false);
        var within = periods.Current.Months.Count == 12 && periods.Current.IsContiguous ? "persistence within the year" : "persistence within the assessment period";
        var persistentMinimum = (int)Math.Ceiling(options.Classification.PersistentProportion * n - 1e-9);
        var recent = Math.Max(1, (int)Math.Floor(options.Classification.RecentProportion * n));
        return category switch
        {
            HotspotCategory.PersistentHotspot =>
                $"This hotspot is persistent: a hotspot in {(persistentMinimum == n ? $"all {HotspotWording.Number(n)}" : $"at least {HotspotWording.Number(persistentMinimum)} of the {HotspotWording.Number(n)}")} {blocks} of the assessment period ({within}).",
            HotspotCategory.EmergingHotspot =>
                $"This hotspot is emerging: a hotspot in the latest {(recent == 1 ? block : $"{HotspotWording.Number(recent)} {blocks}")} of the assessment period but rarely or never before.",
            HotspotCategory.FormerHotspot =>
                $"This hotspot is a former hotspot: hot in earlier {blocks} of the assessment period but not in the latest.",
            HotspotCategory.IntermittentHotspot =>
                $"This hotspot is intermittent: a hotspot in some {blocks} of the assessment period but not consistently.",
            _ => $"Over the {blocks} of the assessment period every one of its squares is a {HotspotWording.CategoryName(category)}.",
        };
    }

    private static string OtherAreas(GroupHotspotFindings f)
    {
        var shown = f.Areas.Skip(1).Take(3).Select(a =>
        {
            var busiest = a.TopPlaces.FirstOrDefault(p => p.Location is not null);
            var where = a.Ward is null ? "one" : $"one in {a.Ward} ward";
            var around = busiest is null ? "" : $" around {HotspotWording.PlaceName(busiest.Location)}";
            return $"{where}{around} ({HotspotWording.Count(a.Events)})";
        }).ToArray();
        var others = f.Areas.Count - 1;
        var more = others > shown.Length ? $", and {HotspotWording.Number(others - shown.Length)} smaller" : "";
        return others == 1
            ? $"There is one other hotspot: {shown[0]}."
            : $"There are {HotspotWording.Number(others)} other hotspots: {HotspotWording.JoinAnd(shown)}{more}.";
    }

    private static string Change(GroupHotspotFindings f, HotspotFindings all)
    {
        var c = f.Change!;
        var periods = all.Periods;
        var partial = periods.MatchedCurrent.Months.Count < periods.Current.Months.Count;
        var window = partial
            ? $"Comparing {periods.MatchedCurrent.Label} with {periods.MatchedComparison.Label} (the only months loaded in both periods)"
            : $"Comparing {periods.MatchedCurrent.Label} with {periods.MatchedComparison.Label}";
        var main = f.Areas.Count > 0 && f.Areas[0].CellsHotInComparison is { } before
            ? $" {before} of the {f.Areas[0].CellIndexes.Count} squares of the largest hotspot were already hotspots in {periods.MatchedComparison.ShortLabel}."
            : "";
        return $"{window}, {HotspotWording.Plural(c.Continuing, "square")} {(c.Continuing == 1 ? "was a hotspot" : "were hotspots")} in both, " +
               $"{HotspotWording.Count(c.New)} became {(c.New == 1 ? "a hotspot" : "hotspots")} and {HotspotWording.Count(c.Ceased)} stopped being {(c.Ceased == 1 ? "one" : "hotspots")}. " +
               // A square either side of the significance threshold can cross it with little real change in its count.
               "Squares near the threshold can cross it with little change in their counts, so these movements describe the map, not tested changes in crime." + main;
    }

    private static string Clusters(GroupHotspotFindings f, HotspotFindings all)
    {
        var d = f.Dbscan;
        if (d.Unavailable is { Kind: ClusterGapKind.TooFewPlacesToCluster } few) return HotspotWording.ClustersNotTested(f.Events, f.Group.RecordNoun, few);
        if (d.Unavailable is { } why) return $"Clusters of nearby map points were not looked for because {HotspotWording.ClusterGapReason(why)}.";
        if (d.Clusters.Count == 0)
            return "No group of map points close together held enough records to form a cluster.";
        var clustered = d.Clusters.Sum(c => c.Summary.EventCount);
        var largest = d.Clusters[0];
        var text = $"{HotspotWording.Plural(d.Clusters.Count, "cluster")} of busy map points close together hold {HotspotWording.Percent(clustered / f.Events)} of these {f.Group.RecordNoun}; " +
                   $"the largest, {HotspotWording.Whereabouts(largest.TopLocation, largest.Ward)}, holds {HotspotWording.Percent(largest.Summary.ShareOfTotal)}";
        if (largest.MatchedCurrentEvents is { } now && largest.MatchedComparisonEvents is { } then)
            text += $", with {HotspotWording.Count(now)} inside its outline in {all.Periods.MatchedCurrent.ShortLabel} against {HotspotWording.Count(then)} in {all.Periods.MatchedComparison.ShortLabel}";
        return text + ".";
    }

    /// <summary>The end of the spread sentence, which finds it among the others: the figures are in the methods appendix.</summary>
    internal const string SpreadPointer = "(nearest-neighbour test; figures in the methods appendix)";

    private static string ClarkEvans(GroupHotspotFindings f)
    {
        var records = f.ClarkEvans!;
        var noun = f.Group.RecordNoun;
        var recordsPattern = Pattern(records);
        var text = recordsPattern switch
        {
            SpatialPattern.Clustered => $"These {noun} are more clustered than if spread at random over the area",
            SpatialPattern.Dispersed => $"These {noun} are more evenly spread than random",
            _ => $"There is no evidence that these {noun} are more clustered than random",
        };
        if (f.ClarkEvansMapPoints is not { } points) return $"{text} {SpreadPointer}.";
        // police.uk puts many records on one map point, and records sharing a point are 0 m apart: the second verdict
        // counts each map point once, so the sentence says whether the clustering survives that.
        var shared = $"{HotspotWording.Percent(records.SharedLocationShare)} of these {noun} share a map point with another";
        var once = $"counting each of the {HotspotWording.Count(points.EventCount)} map points once";
        var sentence = (recordsPattern, Pattern(points)) switch
        {
            (SpatialPattern.Clustered, SpatialPattern.Clustered) =>
                $"{text}, and, {once}, they are still clustered, so the clustering is not only police.uk placing records on shared map points ({shared})",
            (SpatialPattern.Clustered, SpatialPattern.Dispersed) =>
                $"{text}, but not once shared map points are set aside: {once}, the points are more evenly spread than random. The clustering comes from many records at the same police.uk map points ({shared})",
            (SpatialPattern.Clustered, _) =>
                $"{text}, but not once shared map points are set aside: {once}, the points are no more clustered than random. The clustering comes from many records at the same police.uk map points ({shared})",
            (_, SpatialPattern.Clustered) =>
                $"{text}; {once}, though, the points are more clustered than random",
            (_, SpatialPattern.Dispersed) =>
                $"{text}; {once}, the points are more evenly spread than random",
            _ => $"{text}, nor, {once}, are the points",
        };
        return $"{sentence} {SpreadPointer}.";
    }

    private enum SpatialPattern { Random, Clustered, Dispersed }

    private static SpatialPattern Pattern(ClarkEvansResult ce) =>
        ce.PValue >= 0.05 ? SpatialPattern.Random : ce.Ratio < 1 ? SpatialPattern.Clustered : SpatialPattern.Dispersed;

    private static string? Concentration(GroupHotspotFindings f)
    {
        var lsoa = f.LsoaConcentration;
        var snap = f.SnapPointConcentration;
        if (lsoa is null && snap is null) return null;
        var parts = new List<string>();
        if (lsoa is not null) parts.Add($"in {HotspotWording.Percent(lsoa.UnitShareHolding50Percent)} of the area's {HotspotWording.Count(lsoa.Units)} LSOAs");
        if (snap is not null) parts.Add($"at {HotspotWording.Percent(snap.UnitShareHolding50Percent)} of its {HotspotWording.Count(snap.Units)} map points");
        return $"Half of these {f.Group.RecordNoun} were recorded {string.Join(" and ", parts)}.";
    }
}
