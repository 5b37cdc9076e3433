using Assessment.Core.Hotspots;
using Assessment.Core.Spatial;

namespace Assessment.Core.Reporting.Sections;

/// <summary>How the hotspot analysis works, in plain words: the one place the report defines "hotspot".</summary>
public static class HotspotMethodology
{
    /// <summary>A list describing the methods with the settings actually used, for the methods appendix.</summary>
    public static IReadOnlyList<ReportBlock> Blocks(HotspotFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var o = findings.Options;
        var p = findings.Periods;
        var size = HotspotWording.Count(o.CellSizeMetres);
        var confidence = HotspotWording.Percent(1 - o.SignificanceLevel);
        var items = new List<string>
        {
            $"**Grid and hotspots:** the area is divided into {size} m squares on the British National Grid (squares whose centre lies outside the area are left out; squares with no records count as zero). " +
            $"For each square the Getis–Ord Gi* statistic compares the records in the square and {Neighbours(o)} with the area as a whole. " +
            $"**In this report a \"hotspot\" is a square whose Gi* is significantly high at {confidence} confidence after false-discovery-rate (Benjamini–Hochberg) correction** for the thousands of squares tested; the map shows whether each reached 95% or 99%. " +
            $"Where most squares hold few records (the median square fewer than {HotspotWording.Count(o.Permutation.SparseMedianBelow)}), the usual normal approximation overstates significance, so the test is a conditional permutation test instead: each square's own count is kept and its neighbours' counts are drawn at random from the other squares, many times (seed {o.Permutation.Seed}), and the p-value is the share of draws at least as extreme as the real neighbourhood. Because a square's own count is kept, one busy square among quiet ones is not a hotspot by this test: a hotspot is a square whose surroundings are busy too.",
            "**Hotspots** on the maps and in the tables are runs of touching hotspot squares, described by their wards and busiest map points.",
            p.HasChange
                ? $"**Change:** hotspots in {p.MatchedCurrent.Label} are compared with {p.MatchedComparison.Label}, the same calendar months a period earlier{(p.MatchedCurrent.Months.Count < p.Current.Months.Count ? " and the only months loaded in both periods" : "")}: a square is a new, continuing or ceased hotspot."
                : $"**Change:** not assessed, because no month of the comparison period ({findings.Periods.MatchedComparison.Label}) matching the assessment period is loaded.",
            p.HasClassification
                ? $"**Pattern over time:** Gi* is repeated for each of the {HotspotWording.Number(p.ClassificationPeriods.Count)} {HotspotPeriods.BlockName(o.ClassificationPeriodMonths)} of the assessment period and each square is classed as a persistent, emerging, former or intermittent hotspot (Chainey's scheme). " +
                  "This is persistence within the assessment period, not across years."
                : $"**Pattern over time:** not assessed, because {HotspotWording.ClassificationReason(p.ClassificationGap!)}.",
            "**Clusters:** DBSCAN groups map points that lie close together with many records (records at the same police.uk map point count together); clusters are numbered C1, C2, … from the largest, and their change is the count inside the same outline in the matched months. " +
            "k-means places every record in one of a few groups and tests nothing, so it describes where activity is centred, not hotspots.",
            "**Clustering overall:** the Clark–Evans nearest-neighbour index R compares the average distance between records with a random spread (below 1 means clustered). Because police.uk puts many records on the same map point, and records at one point are 0 m apart, R is also computed on the distinct map points, each counted once; the text says whether the clustering remains once shared map points are set aside.",
            "**Concentration:** the share of LSOAs and of map points that hold half of all records, and the Gini coefficient (0 = evenly spread, 1 = all in one place; corrected as Bernasco and Steenbeek propose when there are fewer records than places).",
            "**Locations are approximate:** police.uk moves every record to the nearest of its anonymous map points, so a busy map point can stand for several nearby addresses, and a point named after a place type (such as \"a supermarket\") is not a specific premises.",
        };
        var figures = findings.Groups.Where(g => g.HasEvents).Select(g => Figures(g, findings)).Where(t => t.Length > 0).ToArray();
        if (figures.Length == 0) return [new BulletListBlock(items)];
        return [new BulletListBlock(items), new HeadingBlock("Settings and test results by group"), new BulletListBlock(figures)];
    }

    // The statistics the hotspot chapter puts in words: cluster settings, Clark–Evans and Gini figures, k-means groups.
    private static string Figures(GroupHotspotFindings group, HotspotFindings findings)
    {
        var options = findings.Options;
        var parts = new List<string>();
        if (group.Dbscan.DbscanMinPoints is not null) parts.Add($"DBSCAN {HotspotWording.ClusterParameters(group.Dbscan, options)}, {HotspotWording.Plural(group.Dbscan.Clusters.Count, "cluster")}");
        if (group.ClarkEvans is { } records) parts.Add($"Clark–Evans on records {ClarkEvans(records)}");
        if (group.ClarkEvansMapPoints is { } points) parts.Add($"on the {HotspotWording.Count(points.EventCount)} distinct map points {ClarkEvans(points)}");
        var gini = group.SnapPointConcentration ?? group.LsoaConcentration;
        if (gini is not null)
            parts.Add($"Gini over {(group.SnapPointConcentration is null ? "LSOAs" : "map points")} {HotspotWording.TwoDecimals(gini.Total < gini.Units ? gini.GeneralisedGini : gini.Gini)}{(gini.Total < gini.Units ? " (corrected for fewer records than places)" : "")}");
        if (group.KMeans.KMeansChoice is not null && group.KMeans.Clusters.Count > 0) parts.Add($"k-means {HotspotWording.ClusterParameters(group.KMeans, options)}");
        var edge = HotspotNoteWording.ForGroup(group, findings).Where((_, i) => group.Notes[i] == HotspotNote.EventsOutsideGrid).ToArray();
        string[] sentences = [.. parts.Count > 0 ? [string.Join("; ", parts) + "."] : Array.Empty<string>(), .. edge];
        return sentences.Length == 0 ? "" : $"**{group.Group.Name}:** {string.Join(" ", sentences)}";
    }

    private static string ClarkEvans(ClarkEvansResult ce) =>
        $"R = {HotspotWording.TwoDecimals(ce.Ratio)}, z = {HotspotWording.TwoDecimals(ce.ZScore)}, {HotspotWording.PValue(ce.PValue)}";

    private static string Neighbours(HotspotOptions options) => options.Neighbourhood.DistanceMetres is { } metres
        ? $"the squares whose centres lie within {HotspotWording.Count(metres)} m of its centre"
        : "the eight squares around it";
}
