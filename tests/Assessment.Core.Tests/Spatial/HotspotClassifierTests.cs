using Assessment.Core.Spatial;

namespace Assessment.Core.Tests.Spatial;

public sealed class HotspotClassifierTests
{
    private const char Hot = 'H', Cold = 'C', None = '.';

    public static TheoryData<int> FixturePeriods() => [4, 5, 10, 12, 36];

    [Theory]
    [MemberData(nameof(FixturePeriods))]
    public void Classify_FixtureCase_MatchesPythonRulesOfSfhotspot(int periods)
    {
        // Reference: classify_reference in make_fixtures.py, written from sfhotspot's rules (with the documented recent window).
        var fixture = SpatialFixture.Load("classify.json").GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("periods").GetInt32() == periods);
        var z = fixture.GetProperty("z").EnumerateArray().Select(SpatialFixture.Doubles).ToArray();
        var q = fixture.GetProperty("q").EnumerateArray().Select(SpatialFixture.Doubles).ToArray();
        var grid = RowGrid(z.Length);
        var results = Enumerable.Range(0, periods)
            .Select(t => Period(grid, Enumerable.Range(0, z.Length).Select(cell => (z[cell][t], q[cell][t])).ToArray()))
            .ToArray();

        var actual = HotspotClassifier.Classify(results).Select(c => c.Category.ToString()).ToArray();

        Assert.Equal(fixture.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToArray(), actual);
    }

    [Theory]
    [InlineData("HHHHHHHH..", HotspotCategory.PersistentHotspot)]
    [InlineData("HHHHH.H.HH", HotspotCategory.PersistentHotspot)]
    [InlineData("HHHHH..HH.", HotspotCategory.IntermittentHotspot)]
    [InlineData("........HH", HotspotCategory.EmergingHotspot)]
    [InlineData(".........H", HotspotCategory.EmergingHotspot)]
    [InlineData("HHH.......", HotspotCategory.FormerHotspot)]
    [InlineData("H.......H.", HotspotCategory.IntermittentHotspot)]
    [InlineData("CCCCCCCCCC", HotspotCategory.PersistentColdspot)]
    [InlineData("........CC", HotspotCategory.EmergingColdspot)]
    [InlineData("HHH.....CC", HotspotCategory.MixedHotAndColdspot)]
    [InlineData("..........", HotspotCategory.NoPattern)]
    [InlineData("...H", HotspotCategory.EmergingHotspot)]
    [InlineData("H...", HotspotCategory.FormerHotspot)]
    [InlineData("HHH.", HotspotCategory.FormerHotspot)]
    [InlineData("HH.H", HotspotCategory.IntermittentHotspot)]
    public void Classify_HandPattern_GivesCategory(string pattern, HotspotCategory expected)
    {
        // Ten periods: the last ⌊0.2 × 10⌋ = 2 are recent. Four periods: ⌊0.8⌋ = 0, so the last 1 is recent.
        var grid = RowGrid(1);
        var periods = pattern.Select(s => Period(grid, [s switch { Hot => (4.0, 0.001), Cold => (-4.0, 0.001), _ => (0.5, 0.6) }])).ToArray();
        Assert.Equal(expected, HotspotClassifier.Classify(periods)[0].Category);
    }

    [Fact]
    public void Classify_Shares_AreReported()
    {
        var grid = RowGrid(1);
        var periods = "HHH....H.C".Select(s => Period(grid, [s switch { Hot => (4.0, 0.001), Cold => (-4.0, 0.001), _ => (0.5, 0.6) }])).ToArray();
        var cell = HotspotClassifier.Classify(periods)[0];
        Assert.Equal((0.4, 0.1, 0.0, 0.5), (cell.HotShare, cell.ColdShare, cell.RecentHotShare, cell.OlderHotShare));
    }

    [Fact]
    public void Classify_QAtCriticalValue_IsNotSignificant()
    {
        var grid = RowGrid(1);
        var periods = Enumerable.Repeat(Period(grid, [(5.0, 0.05)]), 5).ToArray();
        Assert.Equal(HotspotCategory.NoPattern, HotspotClassifier.Classify(periods)[0].Category);
    }

    [Fact]
    public void Classify_ThreePeriods_ThrowsArgumentException()
    {
        var grid = RowGrid(1);
        Assert.Throws<ArgumentException>(() => HotspotClassifier.Classify([Period(grid, [(1, 1)]), Period(grid, [(1, 1)]), Period(grid, [(1, 1)])]));
    }

    [Fact]
    public void Classify_DifferentGrids_ThrowsArgumentException()
    {
        var a = RowGrid(2);
        var b = SquareGrid.FromExtent(1000, 0, 1499, 249);
        Assert.Throws<ArgumentException>(() => HotspotClassifier.Classify([Period(a, [(1, 1), (1, 1)]), Period(a, [(1, 1), (1, 1)]), Period(a, [(1, 1), (1, 1)]), Period(b, [(1, 1), (1, 1)])]));
    }

    [Fact]
    public void Classify_ProportionOutOfRange_Throws()
    {
        var grid = RowGrid(1);
        var periods = Enumerable.Repeat(Period(grid, [(1, 1)]), 4).ToArray();
        Assert.Throws<ArgumentOutOfRangeException>(() => HotspotClassifier.Classify(periods, new HotspotClassifierOptions { PersistentProportion = 1 }));
    }

    [Fact]
    public void CompareTwoPeriods_EachCombination_GivesChange()
    {
        var grid = RowGrid(5);
        var before = Period(grid, [(3, 0.01), (3, 0.01), (3, 0.2), (0.1, 0.9), (-3, 0.01)]);
        var after = Period(grid, [(3, 0.01), (3, 0.05), (3, 0.01), (0.1, 0.9), (-3, 0.01)]);
        var changes = HotspotClassifier.CompareTwoPeriods(before, after);
        Assert.Equal(
            [HotspotChange.ContinuingHotspot, HotspotChange.CeasedHotspot, HotspotChange.NewHotspot, HotspotChange.NotHotspot, HotspotChange.NotHotspot],
            changes.Select(c => c.Change).ToArray());
        Assert.Equal(0.2, changes[2].Previous.QValue);
    }

    [Fact]
    public void CompareTwoPeriods_RealGiStarOnSameGrid_FindsMovedHotspot()
    {
        var grid = SquareGrid.FromExtent(0, 0, 2_499, 2_499);
        var before = GetisOrdGiStar.Compute(grid.Count(Enumerable.Repeat(new EventPoint(300, 300), 60).ToArray()));
        var after = GetisOrdGiStar.Compute(grid.Count(Enumerable.Repeat(new EventPoint(2_200, 2_200), 60).ToArray()));
        var changes = HotspotClassifier.CompareTwoPeriods(before, after);
        grid.TryLocate(300, 300, out var oldCell);
        grid.TryLocate(2_200, 2_200, out var newCell);
        Assert.Equal(HotspotChange.CeasedHotspot, changes[oldCell].Change);
        Assert.Equal(HotspotChange.NewHotspot, changes[newCell].Change);
        Assert.DoesNotContain(changes, c => c.Change == HotspotChange.ContinuingHotspot);
    }

    private static SquareGrid RowGrid(int cells) => SquareGrid.FromExtent(0, 0, cells * 250 - 1, 249);

    private static GiStarResult Period(SquareGrid grid, (double Z, double Q)[] cells) =>
        new(grid, GiStarNeighbourhood.QueenContiguity,
            cells.Select((c, i) => new GiStarCell(i, 0, 0, 1, c.Z, c.Q, c.Q, GetisOrdGiStar.BandOf(c.Z, c.Q))).ToArray(), 0, 0);
}
