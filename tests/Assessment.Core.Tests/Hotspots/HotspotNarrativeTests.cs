using Assessment.Core.Hotspots;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Spatial;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>Sentences and table cells that follow from the figures: a hotspot's mix of categories and the two Clark–Evans indices.</summary>
public sealed class HotspotNarrativeTests
{
    private static readonly Lazy<HotspotFindings> Town2025 = new(() => HotspotAnalysis.Run(
        Input(Town(SampleLoadedMonths, _ => true), null, ViolenceGroup) with { Boundaries = new HotspotBoundaries(null, null, TownWards()) }));

    private static GroupHotspotFindings Violence => Town2025.Value.Group("Violence");

    [Fact]
    public void MainArea_SquaresOfTwoCategoriesTied_ListsTheMixWithoutPickingOne()
    {
        var area = Violence.Areas[0] with { CellsByCategory = new Dictionary<HotspotCategory, int> { [HotspotCategory.FormerHotspot] = 2, [HotspotCategory.PersistentHotspot] = 2 } };
        var group = Violence with { Areas = [area, .. Violence.Areas.Skip(1)] };

        Assert.Equal("2 persistent, 2 former", HotspotWording.CategoryMix(area));
        Assert.Null(area.SharedCategory);
        var sentence = HotspotNarrative.Describe(group, Town2025.Value)[1];
        Assert.Contains("Its squares differ over the four quarters of the assessment period: 2 persistent and 2 former.", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("This hotspot is persistent", sentence, StringComparison.Ordinal);
        var table = HotspotReportTables.Hotspots("t", Town2025.Value, group, 5, "test");
        Assert.Equal("Squares by pattern over quarters", table.Columns[6].Header);
        Assert.Equal("2 persistent, 2 former", table.Rows[0][6].Text);
    }

    [Fact]
    public void MainArea_EverySquarePersistent_SaysThisHotspotIsPersistent()
    {
        var area = Violence.Areas[0] with { CellsByCategory = new Dictionary<HotspotCategory, int> { [HotspotCategory.PersistentHotspot] = 3, [HotspotCategory.NoPattern] = 0 } };
        var group = Violence with { Areas = [area] };

        Assert.Equal(HotspotCategory.PersistentHotspot, area.SharedCategory);
        Assert.Equal("3 persistent", HotspotWording.CategoryMix(area));
        Assert.Contains("This hotspot is persistent: a hotspot in all four quarters", HotspotNarrative.Describe(group, Town2025.Value)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryMix_MostSquaresFirst_NoPatternNamed()
    {
        var area = Violence.Areas[0] with { CellsByCategory = new Dictionary<HotspotCategory, int> { [HotspotCategory.NoPattern] = 1, [HotspotCategory.EmergingHotspot] = 3 } };
        Assert.Equal("3 emerging, 1 no pattern", HotspotWording.CategoryMix(area));
    }

    public static TheoryData<double, double, double, double, string> ClarkEvansCases => new()
    {
        // R and p on records, then on map points counted once, and what the sentence must say.
        { 0.40, 1e-9, 0.98, 0.40, "These crimes are more clustered than if spread at random over the area, but not once shared map points are set aside: counting each of the 60 map points once, the points are no more clustered than random." },
        { 0.40, 1e-9, 0.70, 0.001, "These crimes are more clustered than if spread at random over the area, and, counting each of the 60 map points once, they are still clustered, so the clustering" },
        { 0.40, 1e-9, 1.30, 0.001, "but not once shared map points are set aside: counting each of the 60 map points once, the points are more evenly spread than random." },
        { 0.95, 0.30, 1.01, 0.90, "There is no evidence that these crimes are more clustered than random, nor, counting each of the 60 map points once, are the points (nearest-neighbour test; figures in the methods appendix)." },
    };

    [Theory]
    [MemberData(nameof(ClarkEvansCases))]
    public void ClarkEvans_TwoFigures_WordingFollowsBoth(double ratio, double p, double pointsRatio, double pointsP, string expected)
    {
        var group = Violence with
        {
            ClarkEvans = new ClarkEvansResult(500, 1e7, 60, 70, ratio, -5, p, 0.8),
            ClarkEvansMapPoints = new ClarkEvansResult(60, 1e7, 200, 204, pointsRatio, 0.5, pointsP, 0),
        };
        var sentence = HotspotNarrative.Describe(group, Town2025.Value).Single(s => s.Contains(HotspotNarrative.SpreadPointer, StringComparison.Ordinal));
        Assert.Contains(expected, sentence, StringComparison.Ordinal);
        // The figures are in the methods appendix, not the chapter.
        Assert.DoesNotContain("R = ", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("z = ", sentence, StringComparison.Ordinal);
        if (ratio < 1 && p < 0.05 && !(pointsRatio < 1 && pointsP < 0.05))
            Assert.Contains("The clustering comes from many records at the same police.uk map points (80% of these crimes share a map point with another)", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Methodology_StatesTheSparseRuleSeedAndWhatTheTestHolds()
    {
        var findings = HotspotAnalysis.Run(Input(Town(SampleLoadedMonths, _ => true), null, ViolenceGroup) with { Options = new HotspotOptions() });
        var items = HotspotMethodology.Blocks(findings).OfType<BulletListBlock>().First().Items;
        var grid = items.Single(i => i.StartsWith("**Grid and hotspots:**", StringComparison.Ordinal));
        Assert.Contains("(the median square fewer than 5)", grid, StringComparison.Ordinal);
        Assert.Contains("conditional permutation test", grid, StringComparison.Ordinal);
        Assert.Contains("(seed 20250101)", grid, StringComparison.Ordinal);
        Assert.Contains("one busy square among quiet ones is not a hotspot by this test", grid, StringComparison.Ordinal);
        Assert.Contains(items, i => i.Contains("R is also computed on the distinct map points", StringComparison.Ordinal));
    }

    [Fact]
    public void Methodology_GivesEachGroupsClusterSettingsAndClarkEvansFigures()
    {
        var group = Violence with
        {
            ClarkEvans = new ClarkEvansResult(500, 1e7, 60, 70, 0.4, -5, 1e-9, 0.8),
            ClarkEvansMapPoints = new ClarkEvansResult(60, 1e7, 200, 204, 0.98, 0.5, 0.4, 0),
        };
        var findings = Town2025.Value with { Groups = [group] };

        var figures = HotspotMethodology.Blocks(findings).OfType<BulletListBlock>().Last().Items;

        var line = Assert.Single(figures);
        Assert.StartsWith("**Violence:** DBSCAN eps ", line, StringComparison.Ordinal);
        Assert.Contains("Clark–Evans on records R = 0.40, z = −5.00, p < 0.001; on the 60 distinct map points R = 0.98, z = 0.50, p = 0.400", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Town_ComputesClarkEvansOnDistinctMapPoints()
    {
        var group = Violence;
        var points = group.ClarkEvansMapPoints!;
        // The town's 64 background points and 3 centre points, each counted once.
        Assert.Equal(67, points.EventCount);
        Assert.Equal(0, points.SharedLocationShare);
        Assert.True(group.ClarkEvans!.EventCount > points.EventCount);
        Assert.Equal(group.ClarkEvans.AreaSquareMetres, points.AreaSquareMetres);
        var summary = HotspotReportTables.Summary("s", Town2025.Value, "test");
        Assert.Equal("R, each map point once", summary.Columns[^1].Header);
    }
}
