using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

public sealed class OverdispersedRateIntervalTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(14761L)]
    public void Per1000_NoDispersionEstimate_IsTheExactPoissonIntervalPer1000(long count)
    {
        var exact = PoissonInterval.Exact(count);

        var interval = OverdispersedRateInterval.Per1000(count, 159_663, double.NaN, 0);

        Tolerance.Close(exact.Lower / 159_663 * 1000, interval.Lower, 1e-12, 0, "lower");
        Tolerance.Close(exact.Upper / 159_663 * 1000, interval.Upper, 1e-12, 0, "upper");
    }

    [Fact]
    public void Per1000_Underdispersion_NeverNarrowsThePoissonInterval()
    {
        var poisson = OverdispersedRateInterval.Per1000(500, 100_000, double.NaN, 0);

        Assert.Equal(poisson, OverdispersedRateInterval.Per1000(500, 100_000, 0.2, 11));
    }

    [Fact]
    public void Per1000_Overdispersion_WidensTheIntervalAroundTheSameRate()
    {
        var poisson = OverdispersedRateInterval.Per1000(500, 100_000, double.NaN, 0);
        var wide = OverdispersedRateInterval.Per1000(500, 100_000, 4, 11);

        Assert.True(wide.Lower < poisson.Lower && wide.Upper > poisson.Upper, $"{wide} should contain {poisson}");
        Assert.True(wide.Contains(5));
    }

    [Fact]
    public void Per1000_NoResidents_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OverdispersedRateInterval.Per1000(5, 0, 1, 11));
    }
}
