using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// <see cref="RateComparison"/> against Fixtures/statistics/rate_comparison.json (scipy binomtest, scipy
/// betaincinv, and an mpmath replay of scipy's algorithm).
/// </summary>
public sealed class RateComparisonTests
{
    private const string File = "rate_comparison.json";

    public static TheoryData<string> CaseNames => StatisticsFixture.Names(File, "cases");

    private static RateComparisonResult Run(System.Text.Json.JsonElement c) => RateComparison.Compare(
        c.Integer("previousCount"), c.Number("previousExposure"), c.Integer("currentCount"), c.Number("currentExposure"),
        c.Number("confidenceLevel"), c.Number("dispersion"));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Compare_FixtureCase_PValueMatchesScipyWithinRelative1e9(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);
        var result = Run(c);
        // Relative 1e-9 against scipy (the requirement); 1e-11 against 40-digit arithmetic. Floor 1e-300:
        // below the smallest normal double both scipy and this code lose relative precision.
        Tolerance.Close(c.Number("pValue"), result.PValue, 1e-9, 1e-300, "scipy p");
        Tolerance.Close(c.Number("pValueHighPrecision"), result.PValue, 1e-11, 1e-300, "mpmath p");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Compare_FixtureCase_RateRatioAndExactIntervalMatchBetaQuantiles(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);
        var result = Run(c);
        Tolerance.Close(c.Number("rateRatio"), result.RateRatio, 1e-14, 0, "rate ratio");
        Tolerance.Close(c.Number("nullProportion"), result.NullProportion, 0, 0, "pi0");
        // Same construction as the reference (beta quantiles): relative 1e-9.
        Tolerance.Close(c.Number("rateRatioLow"), result.RateRatioInterval.Lower, 1e-9, 0, "RR lower");
        Tolerance.Close(c.Number("rateRatioHigh"), result.RateRatioInterval.Upper, 1e-9, 0, "RR upper");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ClopperPearson_FixtureCase_MatchesScipyProportionCiWithinBrentqTolerance(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);
        long x1 = c.Integer("previousCount"), x2 = c.Integer("currentCount");
        var interval = ProportionInterval.ClopperPearson(x2, x1 + x2, c.Number("confidenceLevel"));
        // scipy finds these limits with brentq (xtol 2e-12 absolute), so agreement is absolute, not relative:
        // at 1 event in a million its lower limit is 1e-7 relative away from the beta quantile.
        Tolerance.Close(c.Number("scipyProportionLow"), interval.Lower, 1e-9, 4e-12, "pi lower");
        Tolerance.Close(c.Number("scipyProportionHigh"), interval.Upper, 1e-9, 4e-12, "pi upper");
        Tolerance.Close(c.Number("proportionLow"), interval.Lower, 1e-9, 0, "pi lower (beta quantile)");
        Tolerance.Close(c.Number("proportionHigh"), interval.Upper, 1e-9, 0, "pi upper (beta quantile)");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Compare_FixtureCase_WidenedIntervalMatchesEffectiveCountBetaQuantiles(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);
        var result = Run(c);
        Tolerance.Close(c.Number("widenedRateRatioLow"), result.WidenedRateRatioInterval.Lower, 1e-9, 0, "widened lower");
        Tolerance.Close(c.Number("widenedRateRatioHigh"), result.WidenedRateRatioInterval.Upper, 1e-9, 0, "widened upper");
    }

    [Fact]
    public void Compare_LargeOverdispersedCounts_WidenedIntervalWithinHalfPercentOfQuasiPoissonWald()
    {
        var checkedCases = 0;
        foreach (var c in StatisticsFixture.Cases(File, "cases"))
        {
            if (c.Number("dispersion") <= 1 || c.Integer("previousCount") < 1000 || c.Integer("currentCount") < 1000) continue;
            var wald = c.Numbers("quasiPoissonWald");
            var result = Run(c);
            Tolerance.Close(wald[0], result.WidenedRateRatioInterval.Lower, 5e-3, 0, "vs Wald lower");
            Tolerance.Close(wald[1], result.WidenedRateRatioInterval.Upper, 5e-3, 0, "vs Wald upper");
            checkedCases++;
        }

        Assert.True(checkedCases >= 2);
    }

    [Fact]
    public void Compare_DispersionAtMostOne_WidenedIntervalIsTheExactInterval()
    {
        var result = RateComparison.Compare(40, 12, 41, 12, dispersion: 0.7);
        Assert.Equal(result.RateRatioInterval, result.WidenedRateRatioInterval);
        Assert.Equal(0.7, result.Dispersion);
    }

    [Fact]
    public void Compare_DispersionAboveOne_WidenedIntervalContainsExactInterval()
    {
        var result = RateComparison.Compare(1200, 12, 1350, 12, dispersion: 2.5);
        Assert.True(result.WidenedRateRatioInterval.Lower < result.RateRatioInterval.Lower);
        Assert.True(result.WidenedRateRatioInterval.Upper > result.RateRatioInterval.Upper);
    }

    [Fact]
    public void Compare_BothCountsZero_RatioNaNPValueOneIntervalUnbounded()
    {
        var result = RateComparison.Compare(0, 12, 0, 12);
        Assert.True(double.IsNaN(result.RateRatio));
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(new ConfidenceInterval(0, double.PositiveInfinity), result.RateRatioInterval);
        Assert.Equal(new ConfidenceInterval(0, double.PositiveInfinity), result.WidenedRateRatioInterval);
        Assert.Equal(0, result.Difference);
    }

    [Fact]
    public void Compare_NoPreviousEvents_RatioAndUpperLimitInfinite()
    {
        var result = RateComparison.Compare(0, 12, 5, 12);
        Assert.Equal(double.PositiveInfinity, result.RateRatio);
        Assert.Equal(double.PositiveInfinity, result.RateRatioInterval.Upper);
        Assert.Equal(0.0625, result.PValue, 15); // 2·(½)⁵
    }

    [Fact]
    public void Compare_WheelerWorkedExample_PoissonZIsTwoAndDerivedValuesConsistent()
    {
        // Wheeler (2018): 16 a month on average, 25 this month: Z = 2(√25 − √16) = 2.0.
        var result = RateComparison.Compare(16, 1, 25, 1);
        Assert.Equal(2.0, result.PoissonZ);
        Assert.Equal(9, result.Difference);
        Assert.Equal(56.25, result.PercentChange, 12);
        Assert.Equal(25.0, result.CurrentRate);
        Assert.Equal(2.0, RateComparison.PoissonZ(16, 25));
    }

    [Fact]
    public void Compare_UnequalExposure_PoissonZUsesScaledPreviousCount()
    {
        // 30 events over 24 months ⇒ 15 expected over 12; 2(√20 − √15).
        var result = RateComparison.Compare(30, 24, 20, 12);
        Assert.Equal(2 * (Math.Sqrt(20) - Math.Sqrt(15)), result.PoissonZ, 14);
    }

    [Theory]
    [InlineData(-1, 12, 5, 12, 0.95, 1)]
    [InlineData(1, 0, 5, 12, 0.95, 1)]
    [InlineData(1, 12, 5, double.PositiveInfinity, 0.95, 1)]
    [InlineData(1, 12, 5, 12, 1.0, 1)]
    [InlineData(1, 12, 5, 12, 0.95, double.NaN)]
    [InlineData(1, 12, 5, 12, 0.95, -1)]
    public void Compare_InvalidArguments_Throws(long x1, double t1, long x2, double t2, double level, double phi) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RateComparison.Compare(x1, t1, x2, t2, level, phi));
}
