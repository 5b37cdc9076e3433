using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// Two-sided exact binomial p-values against scipy.stats.binomtest (relative 1e-9, absolute floor 1e-300)
/// and against the same algorithm in 40-digit mpmath arithmetic (relative 1e-11).
/// </summary>
public sealed class BinomialTestTests
{
    [Fact]
    public void TwoSidedPValue_ScipyCases_MatchScipyAndHighPrecision()
    {
        foreach (var c in StatisticsFixture.Cases("rate_comparison.json", "binomialTests"))
        {
            long k = c.Integer("k"), n = c.Integer("n");
            var p = c.Number("p");
            var actual = BinomialTest.TwoSidedPValue(k, n, p);
            Tolerance.Close(c.Number("pValue"), actual, 1e-9, 1e-300, $"scipy k={k} n={n} p={p}");
            Tolerance.Close(c.Number("pValueHighPrecision"), actual, 1e-11, 1e-300, $"mpmath k={k} n={n} p={p}");
        }
    }

    [Fact]
    public void TwoSidedPValue_SymmetricThreeOfTen_EqualsBothTailsByHand()
    {
        // P(X ≤ 3) + P(X ≥ 7) for Bin(10, ½) = 2·(1 + 10 + 45 + 120)/1024.
        Assert.Equal(352.0 / 1024, BinomialTest.TwoSidedPValue(3, 10, 0.5), 15);
    }

    [Fact]
    public void TwoSidedPValue_ObservedEqualsExpected_IsOne() =>
        Assert.Equal(1.0, BinomialTest.TwoSidedPValue(5, 10, 0.5));

    [Fact]
    public void TwoSidedPValue_SuccessWhenProbabilityIsZero_IsZero() =>
        Assert.Equal(0.0, BinomialTest.TwoSidedPValue(1, 10, 0.0));

    [Fact]
    public void TwoSidedPValue_NoTrials_IsOne() =>
        Assert.Equal(1.0, BinomialTest.TwoSidedPValue(0, 0, 0.5));

    [Theory]
    [InlineData(-1, 10, 0.5)]
    [InlineData(11, 10, 0.5)]
    [InlineData(3, 10, 1.5)]
    [InlineData(3, 10, double.NaN)]
    public void TwoSidedPValue_InvalidArguments_Throws(long k, long n, double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialTest.TwoSidedPValue(k, n, p));
}
