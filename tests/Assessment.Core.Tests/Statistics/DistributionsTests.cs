using Assessment.Core.Statistics.Distributions;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// The internal distribution functions against Fixtures/statistics/distributions.json, which holds two
/// references per value: mpmath at 40 digits ("HighPrecision", the truth) and scipy. Tolerances: 1e-12
/// relative against the truth, so that errors in these building blocks cannot add up to a visible error in
/// a p-value; 1e-9 relative against scipy, whose own error reaches 6.5e-10 at shape parameters near 6·10⁵
/// (betainc(600000, 600001, 0.4995)) and 2.9e-11 for binom.pmf at n = 10⁶, p = 10⁻⁶.
/// </summary>
public sealed class DistributionsTests
{
    private const string File = "distributions.json";
    private const double Relative = 1e-12;
    private const double ScipyRelative = 1e-9;

    [Fact]
    public void BinomialPmfCdfSf_ScipyGrid_MatchTruthAndScipy()
    {
        foreach (var c in StatisticsFixture.Cases(File, "binomial"))
        {
            long k = c.Integer("k"), n = c.Integer("n");
            var p = c.Number("p");
            var what = $"k={k} n={n} p={p}";
            double pmf = BinomialDistribution.Pmf(k, n, p), cdf = BinomialDistribution.Cdf(k, n, p), sf = BinomialDistribution.Sf(k, n, p);
            Tolerance.Close(c.Number("pmfHighPrecision"), pmf, Relative, 1e-300, "pmf " + what);
            Tolerance.Close(c.Number("cdfHighPrecision"), cdf, Relative, 1e-300, "cdf " + what);
            Tolerance.Close(c.Number("sfHighPrecision"), sf, Relative, 1e-300, "sf " + what);
            Tolerance.Close(c.Number("pmf"), pmf, ScipyRelative, 1e-300, "scipy pmf " + what);
            Tolerance.Close(c.Number("cdf"), cdf, ScipyRelative, 1e-300, "scipy cdf " + what);
            Tolerance.Close(c.Number("sf"), sf, ScipyRelative, 1e-300, "scipy sf " + what);
        }
    }

    [Fact]
    public void IncompleteBeta_ScipyBetainc_MatchesTruthAndScipy()
    {
        foreach (var c in StatisticsFixture.Cases(File, "incompleteBeta"))
        {
            double a = c.Number("a"), b = c.Number("b"), x = c.Number("x");
            var value = IncompleteBeta.Regularized(a, b, x, 1 - x);
            Tolerance.Close(c.Number("highPrecision"), value, Relative, 1e-300, $"I_{x}({a},{b})");
            Tolerance.Close(c.Number("value"), value, ScipyRelative, 1e-300, $"scipy I_{x}({a},{b})");
        }
    }

    [Fact]
    public void IncompleteBetaInverse_ScipyBetaincinv_MatchesWithinRelative1e12()
    {
        foreach (var c in StatisticsFixture.Cases(File, "incompleteBetaInverse"))
        {
            double a = c.Number("a"), b = c.Number("b"), y = c.Number("y");
            Tolerance.Close(c.Number("value"), IncompleteBeta.Inverse(a, b, y).X, Relative, 0, $"I⁻¹_{y}({a},{b})");
        }
    }

    [Fact]
    public void IncompleteGamma_ScipyGammaincAndGammaincc_MatchTruthAndScipy()
    {
        foreach (var c in StatisticsFixture.Cases(File, "incompleteGamma"))
        {
            double a = c.Number("a"), x = c.Number("x");
            double lower = IncompleteGamma.Lower(a, x), upper = IncompleteGamma.Upper(a, x);
            Tolerance.Close(c.Number("lowerHighPrecision"), lower, Relative, 1e-300, $"P({a},{x})");
            Tolerance.Close(c.Number("upperHighPrecision"), upper, Relative, 1e-300, $"Q({a},{x})");
            Tolerance.Close(c.Number("lower"), lower, ScipyRelative, 1e-300, $"scipy P({a},{x})");
            Tolerance.Close(c.Number("upper"), upper, ScipyRelative, 1e-300, $"scipy Q({a},{x})");
        }
    }

    [Fact]
    public void IncompleteGammaInverse_ScipyGammaincinv_MatchesWithinRelative1e12()
    {
        foreach (var c in StatisticsFixture.Cases(File, "incompleteGammaInverse"))
        {
            double a = c.Number("a"), y = c.Number("y");
            Tolerance.Close(c.Number("value"), IncompleteGamma.LowerInverse(a, y), Relative, 0, $"P⁻¹({a},{y})");
        }
    }

    [Theory]
    [InlineData(0, 5, 0.5, 0.03125)]        // 2⁻⁵
    [InlineData(5, 5, 0.5, 0.03125)]
    [InlineData(2, 4, 0.5, 0.375)]          // 6/16
    [InlineData(1, 3, 0.25, 0.421875)]      // 3·¼·(¾)²
    public void BinomialPmf_SmallCasesByHand_Exact(long k, long n, double p, double expected) =>
        Tolerance.Close(expected, BinomialDistribution.Pmf(k, n, p), 1e-14, 0, $"pmf({k},{n},{p})");
}
