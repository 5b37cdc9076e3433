using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>Sen's slope against scipy.stats.theilslopes(y, x, alpha=0.95) (Fixtures/statistics/trend.json); relative 1e-12.</summary>
public sealed class SenSlopeTests
{
    private const string File = "trend.json";

    public static TheoryData<string> CaseNames => StatisticsFixture.Names(File, "senSlope");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Estimate_FixtureSeries_MatchesScipyTheilslopes(string name)
    {
        var c = StatisticsFixture.Case(File, "senSlope", name);
        var result = SenSlope.Estimate(c.Numbers("x"), c.Numbers("values"), c.Number("confidenceLevel"));
        Tolerance.Close(c.Number("slope"), result.Slope, 1e-12, 1e-15, "slope");
        Tolerance.Close(c.Number("intercept"), result.Intercept, 1e-12, 1e-13, "intercept");
        Tolerance.Close(c.Number("low"), result.SlopeInterval.Lower, 1e-12, 1e-15, "lower");
        Tolerance.Close(c.Number("high"), result.SlopeInterval.Upper, 1e-12, 1e-15, "upper");
    }

    [Fact]
    public void Estimate_IndexOverload_SameAsExplicitIndex()
    {
        double[] y = [3, 7, 4, 9, 12, 10];
        Assert.Equal(SenSlope.Estimate([0, 1, 2, 3, 4, 5], y), SenSlope.Estimate(y));
    }

    [Fact]
    public void Estimate_ConstantSeries_SlopeAndIntervalZero()
    {
        var result = SenSlope.Estimate([6, 6, 6, 6, 6]);
        Assert.Equal(0.0, result.Slope);
        Assert.Equal(6.0, result.Intercept);
        Assert.Equal(new ConfidenceInterval(0, 0), result.SlopeInterval);
        Assert.Equal(10, result.PairCount);
    }

    [Fact]
    public void Estimate_ExactLine_RecoversSlopeAndIntercept()
    {
        var result = SenSlope.Estimate([2, 5, 8, 11, 14]);
        Assert.Equal(3.0, result.Slope);
        Assert.Equal(2.0, result.Intercept);
        Assert.Equal(new ConfidenceInterval(3, 3), result.SlopeInterval);
    }

    [Fact]
    public void Estimate_MissingMonth_SkippedKeepingItsPosition()
    {
        // Without the NaN at x = 2 the points lie on y = 2x, so every slope is 2.
        var result = SenSlope.Estimate([0, 2, double.NaN, 6, 8]);
        Assert.Equal(2.0, result.Slope);
        Assert.Equal(6, result.PairCount);
    }

    [Fact]
    public void Estimate_EmptyOrSingleValue_AllNaN()
    {
        foreach (var values in new[] { Array.Empty<double>(), [4.0] })
        {
            var result = SenSlope.Estimate(values);
            Assert.True(double.IsNaN(result.Slope));
            Assert.True(double.IsNaN(result.Intercept));
            Assert.True(double.IsNaN(result.SlopeInterval.Lower));
            Assert.Equal(0, result.PairCount);
        }
    }

    [Fact]
    public void Estimate_MismatchedLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => SenSlope.Estimate([0, 1], [1, 2, 3]));
}
