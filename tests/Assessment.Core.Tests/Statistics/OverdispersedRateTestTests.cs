using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// <see cref="OverdispersedRateTest"/>, <see cref="RateComparison"/>'s widened interval and p, and
/// <see cref="Dispersion.MonthPaired"/> against Fixtures/statistics/overdispersed_rate.json (written by
/// make_overdispersed_fixtures.py with scipy and statsmodels), and the duality of p and interval over random inputs.
/// </summary>
public sealed class OverdispersedRateTestTests
{
    private const string File = "overdispersed_rate.json";

    public static TheoryData<string> CaseNames => StatisticsFixture.Names(File, "cases");

    public static TheoryData<string> PairedNames => StatisticsFixture.Names(File, "paired");

    private static (double Phi, int Df) Dispersion(System.Text.Json.JsonElement c) =>
        (c.Number("dispersion"), (int)c.Integer("degreesOfFreedom"));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void PValue_FixtureCase_MatchesTheRootOfTheCentralExactPWithinRelative1e9(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);
        var (phi, df) = Dispersion(c);

        var p = OverdispersedRateTest.PValue(c.Integer("previousCount"), c.Number("previousExposure"), c.Integer("currentCount"),
            c.Number("currentExposure"), phi, df, c.Number("nullRatio"));

        // scipy's brentq stops at 1e-14 on log α and our bisection at 1e-13 relative on log α: both well inside 1e-9.
        Tolerance.Close(c.Number("pValue"), p, 1e-9, 0, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Compare_FixtureCase_WidenedIntervalEffectiveDispersionAndPMatchScipy(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);
        var (phi, df) = Dispersion(c);

        var result = RateComparison.Compare(c.Integer("previousCount"), c.Number("previousExposure"), c.Integer("currentCount"),
            c.Number("currentExposure"), c.Number("confidenceLevel"), double.IsNaN(phi) ? 1 : phi, double.IsNaN(phi) ? 0 : df);

        // t and normal quantiles agree with scipy to ~1e-14; the beta quantiles to ~1e-12 (see RateComparisonTests).
        Tolerance.Close(c.Number("effectiveDispersion"), result.EffectiveDispersion, 1e-12, 0, name + " φₑ");
        Tolerance.Close(c.Number("low"), result.WidenedRateRatioInterval.Lower, 1e-9, 1e-300, name + " low");
        Tolerance.Close(c.Number("high"), result.WidenedRateRatioInterval.Upper, 1e-9, 0, name + " high");
        Tolerance.Close(c.Number("pValueAtOne"), result.WidenedPValue, 1e-9, 0, name + " p");
    }

    [Theory]
    [MemberData(nameof(PairedNames))]
    public void MonthPaired_FixtureCase_MatchesStatsmodelsPoissonGlmWithMonthAndPeriodTerms(string name)
    {
        var c = StatisticsFixture.Case(File, "paired", name);

        var result = Assessment.Core.Statistics.Dispersion.MonthPaired(c.Numbers("previous"), c.Numbers("current"));

        // A sum of a few squares against statsmodels' converged IRLS fit (tol 1e-14): relative 1e-9.
        Tolerance.Close(c.Number("phi"), result.Phi, 1e-9, 1e-15, name + " φ");
        Assert.Equal(c.Integer("degreesOfFreedom"), Math.Max(0, result.DegreesOfFreedom));
    }

    [Fact]
    public void MonthPaired_SeasonalPatternSharedByBothYears_IsNotCountedAsNoise()
    {
        // The same strong seasonal shape in both years: about each period's mean it looks heavily overdispersed,
        // month by month it is not.
        double[] previous = [30, 40, 55, 70, 65, 50, 35, 30, 45, 60, 75, 60];
        double[] current = [33, 44, 58, 75, 70, 52, 40, 31, 49, 66, 80, 64];
        int[] groups = [.. Enumerable.Repeat(0, 12), .. Enumerable.Repeat(1, 12)];

        var paired = Assessment.Core.Statistics.Dispersion.MonthPaired(previous, current);
        var aboutMeans = Assessment.Core.Statistics.Dispersion.WithinGroups([.. previous, .. current], groups);

        Assert.True(paired.Phi < 1, $"paired φ {paired.Phi}");
        Assert.True(aboutMeans.Phi > 4, $"φ about the means {aboutMeans.Phi}");
    }

    /// <summary>
    /// Over random counts, exposures, φ, degrees of freedom and levels: the level-(1 − α) interval excludes 1 exactly
    /// when p ≤ α, and lies on the side of 1 that the rate ratio does.
    /// </summary>
    [Fact]
    public void PValueAndInterval_RandomInputs_AreDualsAtEveryLevel()
    {
        var random = new Random(20261130);
        var checkedCases = 0;
        for (var i = 0; i < 400; i++)
        {
            long x1 = random.Next(0, 3000), x2 = random.Next(0, 3000);
            if (i % 4 == 0) (x1, x2) = (random.Next(0, 20), random.Next(0, 20));
            double t1 = random.Next(1, 13), t2 = random.Next(1, 13);
            var phi = random.NextDouble() * 10;
            var df = random.Next(0, 16);
            double[] levels = [0.8, 0.9, 0.95, 0.99, 0.999];
            var level = levels[random.Next(levels.Length)];

            var result = RateComparison.Compare(x1, t1, x2, t2, level, phi, df);
            var alpha = 1 - level;
            // A p within 1e-9 of α is a tie the two computations may round differently.
            if (Math.Abs(result.WidenedPValue - alpha) < 1e-9 * alpha) continue;
            checkedCases++;
            var what = FormattableString.Invariant($"x1 {x1}/{t1}, x2 {x2}/{t2}, φ {phi} on {df}, level {level}: p {result.WidenedPValue}, interval {result.WidenedRateRatioInterval}");
            Assert.True(result.WidenedPValue <= alpha == result.WidenedRateRatioInterval.Excludes(1), what);
            if (result.WidenedRateRatioInterval.Excludes(1))
                Assert.True(result.RateRatio > 1 == result.WidenedRateRatioInterval.Lower > 1, what);
        }

        Assert.True(checkedCases > 390, $"{checkedCases} cases checked");
    }

    [Fact]
    public void EffectiveDispersion_FewDegreesOfFreedom_InflatesByTheSquaredRatioOfTAndZ()
    {
        // t(0.975, 3) = 3.182446305284263 and z(0.975) = 1.959963984540054 (scipy): ratio² = 2.636.
        var expected = 2.0 * Math.Pow(3.182446305284263 / 1.959963984540054, 2);

        Tolerance.Close(expected, OverdispersedRateTest.EffectiveDispersion(2.0, 3, 0.05), 1e-12, 0, "φₑ");
        Assert.Equal(2.0, OverdispersedRateTest.EffectiveDispersion(2.0, 0, 0.05));
        Assert.Equal(1.0, OverdispersedRateTest.EffectiveDispersion(0.2, 0, 0.05));
        Assert.Equal(1.0, OverdispersedRateTest.EffectiveDispersion(double.NaN, 3, 0.05));
    }

    [Theory]
    [InlineData(-1, 1.0, 0.05)]
    [InlineData(3, -0.5, 0.05)]
    [InlineData(3, 1.0, 0.0)]
    [InlineData(3, 1.0, 1.0)]
    public void EffectiveDispersion_OutOfRange_Throws(int df, double phi, double alpha) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OverdispersedRateTest.EffectiveDispersion(phi, df, alpha));
}
