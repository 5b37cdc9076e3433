using Assessment.Core.Spatial;

namespace Assessment.Core.Tests.Spatial;

public sealed class ClarkEvansTests
{
    // Reference: make_fixtures.py, scipy cKDTree nearest neighbours (k = 2) on the points repeated by weight.
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("randomUnweighted")]
    [InlineData("clusteredWeighted")]
    public void Compute_FixtureCase_MatchesScipyReference(string name)
    {
        var fixture = SpatialFixture.Case("clark_evans.json", name);
        var result = ClarkEvans.Compute(SpatialFixture.Points(fixture.GetProperty("points")), fixture.GetProperty("area").GetDouble());
        Assert.Equal(fixture.GetProperty("events").GetInt64(), result.EventCount);
        Assert.Equal(fixture.GetProperty("observed").GetDouble(), result.ObservedMeanDistance, Tolerance);
        Assert.Equal(fixture.GetProperty("expected").GetDouble(), result.ExpectedMeanDistance, Tolerance);
        Assert.Equal(fixture.GetProperty("ratio").GetDouble(), result.Ratio, Tolerance);
        Assert.Equal(fixture.GetProperty("z").GetDouble(), result.ZScore, Tolerance);
        Assert.Equal(fixture.GetProperty("p").GetDouble(), result.PValue, Tolerance);
        Assert.Equal(fixture.GetProperty("sharedShare").GetDouble(), result.SharedLocationShare, Tolerance);
    }

    [Fact]
    public void Compute_TwoEventsHundredMetresApart_MatchesHandCalculation()
    {
        // N = 2, A = 10 000 m²: d̄ = 100, expected = 0.5·√5000, SE = 0.26136·√2500.
        var result = ClarkEvans.Compute([new EventPoint(0, 0), new EventPoint(100, 0)], 10_000);
        Assert.Equal(100, result.ObservedMeanDistance);
        Assert.Equal(0.5 * Math.Sqrt(5_000), result.ExpectedMeanDistance, 1e-12);
        Assert.Equal((100 - 0.5 * Math.Sqrt(5_000)) / (0.26136 * 50), result.ZScore, 1e-12);
    }

    [Fact]
    public void Compute_AllEventsOnOneSnapPoint_RatioZeroAndAllShared()
    {
        var result = ClarkEvans.Compute([new EventPoint(615_000, 157_000, 30)], 1e6);
        Assert.Equal(30, result.EventCount);
        Assert.Equal(0, result.Ratio);
        Assert.Equal(1, result.SharedLocationShare);
        Assert.True(result.ZScore < 0);
    }

    [Fact]
    public void Compute_SeparatePointsAtSamePlace_AreMergedLikeOneWeightedPoint()
    {
        var separate = ClarkEvans.Compute([new EventPoint(0, 0), new EventPoint(0, 0), new EventPoint(300, 400)], 1e6);
        var weighted = ClarkEvans.Compute([new EventPoint(0, 0, 2), new EventPoint(300, 400)], 1e6);
        Assert.Equal(weighted, separate);
        Assert.Equal(500.0 / 3, separate.ObservedMeanDistance, 1e-12);
    }

    [Fact]
    public void Compute_OneEvent_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => ClarkEvans.Compute([new EventPoint(0, 0)], 1e6));

    [Fact]
    public void Compute_NoPoints_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => ClarkEvans.Compute([], 1e6));

    [Fact]
    public void Compute_FractionalWeight_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => ClarkEvans.Compute([new EventPoint(0, 0, 1.5), new EventPoint(10, 0)], 1e6));

    [Fact]
    public void Compute_NonPositiveArea_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClarkEvans.Compute([new EventPoint(0, 0), new EventPoint(10, 0)], 0));
}
