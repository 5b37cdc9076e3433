using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

public sealed class DoubtfulYearTests
{
    [Fact]
    public void In_AFallToUnderAQuarterOfALargeFigure_IsDoubtfulAndNotTheNextBaseline()
    {
        // 410 → 40 is doubtful; 2021 is compared with 2019 (400 against 410), not with the doubtful 40.
        Assert.Equal([2020], DoubtfulYear.In([(2018, 400), (2019, 410), (2020, 40), (2021, 400)]));
    }

    [Theory]
    [InlineData(100, 401, true)]   // over four times
    [InlineData(100, 400, false)]  // exactly four times is not over
    [InlineData(100, 25, false)]   // exactly a quarter is not under
    [InlineData(100, 24, true)]
    [InlineData(10, 45, false)]    // fourfold but both small: chance can do that
    [InlineData(12, 50, true)]     // the larger reaches 50
    public void In_TwoYears_FollowsTheFactorAndTheSizeRule(double first, double second, bool doubtful)
    {
        Assert.Equal(doubtful ? [2] : [], DoubtfulYear.In([(1, first), (2, second)]));
    }

    [Fact]
    public void In_MissingFigures_AreSkippedAndCompareWithTheNearestEarlierFigure()
    {
        Assert.Equal([3], DoubtfulYear.In([(1, 200), (2, null), (3, 20)]));
        Assert.Empty(DoubtfulYear.In([(1, null), (2, 200)]));
    }
}
