using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// Mann–Kendall and seasonal Mann–Kendall against an independent numpy implementation and
/// scipy.stats.kendalltau (Fixtures/statistics/trend.json). S is an integer and must match exactly;
/// Var(S) relative 1e-14; Z relative 1e-12; p-values relative 1e-9 (floor 1e-300).
/// </summary>
public sealed class MannKendallTests
{
    private const string File = "trend.json";

    public static TheoryData<string> CaseNames => StatisticsFixture.Names(File, "mannKendall");

    public static TheoryData<string> SeasonalCaseNames => StatisticsFixture.Names(File, "seasonalMannKendall");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Test_FixtureSeries_MatchesNumpyAndScipyKendallTau(string name)
    {
        var c = StatisticsFixture.Case(File, "mannKendall", name);
        var result = MannKendall.Test(c.Numbers("values"));
        Assert.Equal(c.Integer("n"), result.Count);
        Assert.Equal(c.Integer("s"), result.S);
        Tolerance.Close(c.Number("varianceS"), result.VarianceS, 1e-14, 0, "Var(S)");
        Tolerance.Close(c.Number("z"), result.Z, 1e-12, 0, "Z");
        Tolerance.Close(c.Number("pValue"), result.PValue, 1e-9, 1e-300, "p");
        Tolerance.Close(c.Number("tauA"), result.TauA, 1e-14, 0, "tau-a");
        Tolerance.Close(c.Number("scipyKendallTauB"), result.TauB, 1e-13, 0, "tau-b vs scipy");
    }

    [Fact]
    public void Test_HolyCrossWorkedExample_MatchesPublishedHandCalculation()
    {
        // Little, "A Mann-Kendall example (by hand)", College of the Holy Cross: 14 values, one tied pair;
        // S = 54, V = 14·13·33/18 − 2·1·9/18 = 332.667, Z = 53/√V = 2.9058 (published to 4 dp).
        double[] values = [12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7];
        var result = MannKendall.Test(values);
        Assert.Equal(54, result.S);
        Assert.Equal(14.0 * 13 * 33 / 18 - 1, result.VarianceS, 12);
        Assert.Equal(2.9058, result.Z, 4);
        Assert.Equal(1, result.Direction);
    }

    [Fact]
    public void Test_EmptySeries_NoTrendAndUndefinedTau()
    {
        var result = MannKendall.Test([]);
        Assert.Equal((0, 0L, 0.0, 0.0, 1.0), (result.Count, result.S, result.VarianceS, result.Z, result.PValue));
        Assert.True(double.IsNaN(result.TauA));
        Assert.True(double.IsNaN(result.TauB));
    }

    [Fact]
    public void Test_SingleValue_NoTrend()
    {
        var result = MannKendall.Test([5]);
        Assert.Equal((1, 0L, 0.0, 1.0), (result.Count, result.S, result.Z, result.PValue));
    }

    [Fact]
    public void Test_ConstantSeries_SZeroVarianceZeroTauANought()
    {
        var result = MannKendall.Test([4, 4, 4, 4, 4, 4]);
        Assert.Equal(0, result.S);
        Assert.Equal(0.0, result.VarianceS);
        Assert.Equal(0.0, result.Z);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.TauA);
        Assert.True(double.IsNaN(result.TauB));
    }

    [Fact]
    public void Test_AllZeroSeries_NoTrend()
    {
        var result = MannKendall.Test(new double[24]);
        Assert.Equal(0, result.S);
        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void Test_TwoRisingValues_ContinuityCorrectionGivesZeroZ()
    {
        // S = 1, Var = 2·1·9/18 = 1, Z = (1 − 1)/1 = 0.
        var result = MannKendall.Test([1, 2]);
        Assert.Equal((1L, 1.0, 0.0, 1.0, 1.0), (result.S, result.VarianceS, result.Z, result.PValue, result.TauA));
    }

    [Fact]
    public void Test_StrictlyFalling_SIsMinusAllPairs()
    {
        var result = MannKendall.Test([5, 4, 3, 2, 1]);
        Assert.Equal(-10, result.S);
        Assert.Equal(-1.0, result.TauA);
        Assert.Equal(-1.0, result.TauB);
        Assert.Equal(-1, result.Direction);
    }

    [Theory]
    [MemberData(nameof(SeasonalCaseNames))]
    public void SeasonalTest_FixtureSeries_MatchesNumpySumOverSeasons(string name)
    {
        var c = StatisticsFixture.Case(File, "seasonalMannKendall", name);
        var result = SeasonalMannKendall.Test(c.Numbers("values"), (int)c.Integer("period"));
        Assert.True(result.IsComputed);
        Assert.Equal(c.Numbers("values").Length, result.ValueCount);
        Assert.Equal(c.Integer("s"), result.S);
        Tolerance.Close(c.Number("varianceS"), result.VarianceS, 1e-14, 0, "Var(S)");
        Tolerance.Close(c.Number("z"), result.Z, 1e-12, 0, "Z");
        Tolerance.Close(c.Number("pValue"), result.PValue, 1e-9, 1e-300, "p");
        Tolerance.Close(c.Number("tau"), result.Tau, 1e-14, 0, "tau");
        Assert.Equal(12, result.Seasons.Count);
    }

    [Fact]
    public void SeasonalTest_FewerThanTwoYears_NotComputedAndSaysHowManyValues()
    {
        var result = SeasonalMannKendall.Test(new double[23]);
        Assert.False(result.IsComputed);
        Assert.Equal(12, result.Period);
        Assert.Equal(23, result.ValueCount);
        Assert.True(double.IsNaN(result.PValue));
    }

    [Fact]
    public void SeasonalTest_SameRiseEveryMonth_EachSeasonContributesOne()
    {
        // Two years, the second exactly one higher in every month: S = 12, Var = 12·1 = 12.
        var values = Enumerable.Range(0, 24).Select(i => (double)(i % 12 * 3 + i / 12)).ToArray();
        var result = SeasonalMannKendall.Test(values);
        Assert.Equal(12, result.S);
        Assert.Equal(12.0, result.VarianceS, 14);
        Assert.Equal(11 / Math.Sqrt(12), result.Z, 14);
        Assert.Equal(1.0, result.Tau);
    }
}
