using Assessment.Core.Charts;

namespace Assessment.Core.Tests.Charts;

public sealed class LorenzCurveTests
{
    [Fact]
    public void FromCounts_NinetyTwoUnits_MatchesNumpyCumulativeShares()
    {
        var fixture = ChartFixtures.Load("lorenz.json");
        var counts = fixture["counts"]!.AsArray().Select(c => c!.GetValue<long>()).ToList();
        var units = ChartFixtures.Doubles(fixture["unitShare"]);
        var events = ChartFixtures.Doubles(fixture["eventShare"]);

        var points = LorenzCurve.FromCounts(counts);

        Assert.Equal(units.Length, points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            Assert.Equal(units[i], points[i].UnitShare, 1e-12);
            Assert.Equal(events[i], points[i].EventShare, 1e-12);
        }
    }

    [Fact]
    public void FromCounts_HighestFirst_GivesHandComputedShares()
    {
        // 1 + 3 + 0 + 4 = 8 events; sorted 4, 3, 1, 0.
        var points = LorenzCurve.FromCounts([1, 3, 0, 4]);

        Assert.Equal([0, 0.25, 0.5, 0.75, 1], points.Select(p => p.UnitShare));
        Assert.Equal([0, 0.5, 0.875, 1, 1], points.Select(p => p.EventShare));
    }

    [Fact]
    public void FromCounts_Empty_ReturnsEqualityLine() =>
        Assert.Equal([new LorenzPoint(0, 0), new LorenzPoint(1, 1)], LorenzCurve.FromCounts([]));

    [Fact]
    public void FromCounts_AllZero_ReturnsEqualityLine() =>
        Assert.Equal([new LorenzPoint(0, 0), new LorenzPoint(1, 1)], LorenzCurve.FromCounts([0, 0, 0]));

    [Fact]
    public void FromCounts_SingleUnit_HoldsEverything() =>
        Assert.Equal([new LorenzPoint(0, 0), new LorenzPoint(1, 1)], LorenzCurve.FromCounts([7]));

    [Fact]
    public void FromCounts_Negative_Throws() => Assert.Throws<ArgumentException>(() => LorenzCurve.FromCounts([1, -1]));
}
