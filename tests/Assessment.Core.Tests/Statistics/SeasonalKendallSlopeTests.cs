using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// The seasonal Kendall slope and Sen's slope with the interval that inverts their own test, against the numpy
/// reference of Fixtures/statistics/seasonal_kendall.json (slopes and bounds relative 1e-12, S exactly, Var(S)
/// relative 1e-12, p relative 1e-9, open-bound flags exactly). The cases include real City of London series and the
/// Canterbury sample's totals.
/// </summary>
public sealed class SeasonalKendallSlopeTests
{
    private const string File = "seasonal_kendall.json";

    public static TheoryData<string> SeasonalNames => StatisticsFixture.Names(File, "seasonal");

    public static TheoryData<string> SenNames => StatisticsFixture.Names(File, "sen");

    [Theory]
    [MemberData(nameof(SeasonalNames))]
    public void Estimate_FixtureSeries_MatchesTheNumpyReference(string name)
    {
        var c = StatisticsFixture.Case(File, "seasonal", name);
        var values = c.Numbers("values");
        var period = (int)c.Integer("period");
        foreach (var interval in c.GetProperty("intervals").EnumerateArray())
        {
            var result = SeasonalKendallSlope.Estimate(values, period, interval.Number("level"));
            AssertMatches(c, interval, result, SlopeEstimator.SeasonalKendall);
        }

        var test = SeasonalMannKendall.Test(values, period);
        Assert.Equal(c.Integer("s"), test.S);
        Tolerance.Close(c.Number("varianceS"), test.VarianceS, 1e-12, 0, "Var(S)");
        Tolerance.Close(c.Number("pValue"), test.PValue, 1e-9, 0, "p");
    }

    [Theory]
    [MemberData(nameof(SenNames))]
    public void EstimateDualToTest_FixtureSeries_MatchesTheNumpyReference(string name)
    {
        var c = StatisticsFixture.Case(File, "sen", name);
        var values = c.Numbers("values");
        foreach (var interval in c.GetProperty("intervals").EnumerateArray())
            AssertMatches(c, interval, SenSlope.EstimateDualToTest(values, interval.Number("level")), SlopeEstimator.Sen);

        var test = MannKendall.Test(values);
        Assert.Equal(c.Integer("s"), test.S);
        Tolerance.Close(c.Number("pValue"), test.PValue, 1e-9, 0, "p");
    }

    [Fact]
    public void Estimate_PureSeasonalPattern_SlopeZeroAndIntervalHoldsZero()
    {
        // Three identical years: every within-season slope is 0, whatever the season's level.
        double[] year = [10, 40, 25, 5, 60, 30, 20, 15, 35, 50, 45, 12];
        var result = SeasonalKendallSlope.Estimate([.. year, .. year, .. year], 12, 0.95);

        Assert.Equal(0.0, result.Slope);
        Assert.Equal(36, result.PairCount);
        Assert.Equal(new ConfidenceInterval(0, 0), result.SlopeInterval);
        Assert.False(result.ConfidenceSet.Excludes(0));
    }

    [Fact]
    public void Estimate_SameMonthOneHigherEachYear_SlopeIsOneTwelfthPerMonth()
    {
        // Each calendar month rises by exactly 1 a year, while the months differ widely within a year.
        var values = Enumerable.Range(0, 36).Select(i => (double)(i % 12 * 10 + i / 12)).ToArray();

        var result = SeasonalKendallSlope.Estimate(values, 12, 0.95);

        Assert.Equal(1.0 / 12, result.Slope, 15);
        Assert.Equal(SlopeEstimator.SeasonalKendall, result.Estimator);
        Assert.Equal(new ConfidenceInterval(1.0 / 12, 1.0 / 12), result.SlopeInterval);
    }

    [Fact]
    public void Estimate_NoSeasonWithTwoValues_NaN()
    {
        var result = SeasonalKendallSlope.Estimate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 12, 0.95);

        Assert.True(double.IsNaN(result.Slope));
        Assert.Equal(0, result.PairCount);
        Assert.True(double.IsNaN(result.SlopeInterval.Lower));
    }

    [Fact]
    public void Estimate_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SeasonalKendallSlope.Estimate([1, 2, 3], 1, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeasonalKendallSlope.Estimate([1, 2, 3], 12, 1));
        Assert.Throws<ArgumentException>(() => SeasonalKendallSlope.Estimate([1, double.PositiveInfinity, 3], 2, 0.95));
    }

    private static void AssertMatches(System.Text.Json.JsonElement c, System.Text.Json.JsonElement interval, SenSlopeResult result, SlopeEstimator estimator)
    {
        var level = interval.Number("level");
        Tolerance.Close(c.Number("slope"), result.Slope, 1e-12, 1e-15, $"slope at {level}");
        Assert.Equal(c.Integer("pairCount"), result.PairCount);
        Assert.Equal(estimator, result.Estimator);
        Assert.Equal(level, result.ConfidenceLevel);
        Tolerance.Close(interval.Number("lower"), result.SlopeInterval.Lower, 1e-12, 1e-15, $"lower at {level}");
        Tolerance.Close(interval.Number("upper"), result.SlopeInterval.Upper, 1e-12, 1e-15, $"upper at {level}");
        Assert.Equal(interval.GetProperty("lowerOpen").GetBoolean(), result.LowerOpen);
        Assert.Equal(interval.GetProperty("upperOpen").GetBoolean(), result.UpperOpen);
    }
}
