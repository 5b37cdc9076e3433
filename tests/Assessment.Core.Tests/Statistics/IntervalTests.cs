using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// Poisson (Garwood, Byar) and proportion (Wilson) intervals against Fixtures/statistics/intervals.json.
/// Garwood: scipy chi2.ppf, relative 1e-9 (same quantity, computed by gamma inversion). Byar and Wilson:
/// closed forms, relative 1e-12.
/// </summary>
public sealed class IntervalTests
{
    private const string File = "intervals.json";

    [Fact]
    public void Exact_ScipyChiSquareQuantiles_MatchWithinRelative1e9()
    {
        foreach (var c in StatisticsFixture.Cases(File, "poisson"))
        {
            var count = c.Integer("count");
            var level = c.Number("confidenceLevel");
            var interval = PoissonInterval.Exact(count, level);
            Tolerance.Close(c.Number("exactLow"), interval.Lower, 1e-9, 0, $"Garwood lower x={count} level={level}");
            Tolerance.Close(c.Number("exactHigh"), interval.Upper, 1e-9, 0, $"Garwood upper x={count} level={level}");
        }
    }

    [Fact]
    public void Byar_FixtureFormula_MatchesWithinRelative1e12()
    {
        foreach (var c in StatisticsFixture.Cases(File, "poisson"))
        {
            var count = c.Integer("count");
            var level = c.Number("confidenceLevel");
            var interval = PoissonInterval.Byar(count, level);
            Tolerance.Close(c.Number("byarLow"), interval.Lower, 1e-12, 0, $"Byar lower x={count} level={level}");
            Tolerance.Close(c.Number("byarHigh"), interval.Upper, 1e-12, 0, $"Byar upper x={count} level={level}");
        }
    }

    [Fact]
    public void Exact_ZeroCount_IsZeroToMinusLogHalfAlpha()
    {
        // P(X = 0 | μ) = e^(−μ) = 0.025  ⇒  μ = −ln 0.025 = 3.68888.
        var interval = PoissonInterval.Exact(0);
        Assert.Equal(0.0, interval.Lower);
        Assert.Equal(-Math.Log(0.025), interval.Upper, 12);
    }

    [Fact]
    public void Byar_OneEventAt998Percent_LowerClampedAtZero()
    {
        var interval = PoissonInterval.Byar(1, 0.998);
        Assert.Equal(0.0, interval.Lower);
        Assert.True(interval.Upper > 1);
    }

    [Fact]
    public void Wilson_FormulaAndScipy_MatchWithinRelative1e12()
    {
        foreach (var c in StatisticsFixture.Cases(File, "wilson"))
        {
            long k = c.Integer("successes"), n = c.Integer("trials");
            var interval = ProportionInterval.Wilson(k, n, c.Number("confidenceLevel"));
            // The textbook formula can leave ±1e-17 where the limit is exactly 0 or 1: absolute floor 1e-15.
            Tolerance.Close(c.Number("formulaLow"), interval.Lower, 1e-12, 1e-15, $"Wilson lower (formula) {k}/{n}");
            Tolerance.Close(c.Number("formulaHigh"), interval.Upper, 1e-12, 1e-15, $"Wilson upper (formula) {k}/{n}");
            Tolerance.Close(c.Number("scipyLow"), interval.Lower, 1e-12, 0, $"Wilson lower (scipy) {k}/{n}");
            Tolerance.Close(c.Number("scipyHigh"), interval.Upper, 1e-12, 0, $"Wilson upper (scipy) {k}/{n}");
        }
    }

    [Fact]
    public void Wilson_NoTrials_IsWholeUnitInterval() =>
        Assert.Equal(new ConfidenceInterval(0, 1), ProportionInterval.Wilson(0, 0));

    [Fact]
    public void ClopperPearson_AllSuccesses_UpperIsOneLowerIsHalfAlphaRoot()
    {
        // k = n: lower solves πⁿ = α/2.
        var interval = ProportionInterval.ClopperPearson(5, 5);
        Assert.Equal(1.0, interval.Upper);
        Assert.Equal(Math.Pow(0.025, 1.0 / 5), interval.Lower, 13);
    }

    [Theory]
    [InlineData(-1, 0.95)]
    [InlineData(3, 0)]
    [InlineData(3, 1)]
    public void Exact_InvalidArguments_Throws(long count, double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Exact(count, level));

    [Fact]
    public void Wilson_MoreSuccessesThanTrials_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Wilson(6, 5));
}
