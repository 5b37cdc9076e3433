using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// The slope interval as the inversion of the continuity-corrected Mann–Kendall test: properties over random series
/// (it excludes 0 exactly when the test rejects), Gilbert's ranks without ties, and the edge cases.
/// </summary>
public sealed class KendallSlopeIntervalTests
{
    [Fact]
    public void Invert_RandomSeries_ExcludesZeroExactlyWhenTheTestRejects()
    {
        // Poisson-like counts with and without a trend, small and large means (many tied slopes at small means),
        // missing months, at levels from 80% to 99.9%.
        var random = new Random(20261130);
        var checkedCases = 0;
        var rejected = 0;
        for (var run = 0; run < 600; run++)
        {
            var months = random.Next(10, 61);
            var mean = new[] { 0.8, 3, 12, 80 }[run % 4];
            var drift = (random.NextDouble() - 0.5) * mean / 15;
            var values = Enumerable.Range(0, months).Select(i => random.NextDouble() < 0.05 ? double.NaN : Poisson(random, Math.Max(0.1, mean + drift * i))).ToArray();
            var level = new[] { 0.8, 0.95, 0.99, 0.999, 1 - 0.05 / 18 }[run % 5];

            var sen = SenSlope.EstimateDualToTest(values, level);
            var plain = MannKendall.Test(values);
            if (!double.IsNaN(sen.Slope))
            {
                Assert.True(sen.ConfidenceSet.Excludes(0) == plain.PValue < 1 - level, $"plain run {run}: p {plain.PValue}, interval {sen.SlopeInterval}");
                checkedCases++;
                if (plain.PValue < 1 - level) rejected++;
            }

            if (months < 24) continue;
            var seasonal = SeasonalKendallSlope.Estimate(values, 12, level);
            var test = SeasonalMannKendall.Test(values);
            if (double.IsNaN(seasonal.Slope)) continue;
            Assert.True(seasonal.ConfidenceSet.Excludes(0) == test.PValue < 1 - level, $"seasonal run {run}: p {test.PValue}, interval {seasonal.SlopeInterval}");
            checkedCases++;
            if (test.PValue < 1 - level) rejected++;
        }

        // Both outcomes occur often enough for the property to mean something.
        Assert.InRange(rejected, 50, checkedCases - 50);
    }

    [Fact]
    public void Invert_NoTies_BoundsAreGilbertsRanksRoundedToTheNearest()
    {
        var random = new Random(7);
        var compared = 0;
        for (var run = 0; run < 200; run++)
        {
            var slopes = Enumerable.Range(0, random.Next(20, 300)).Select(_ => random.NextDouble() * 10 - 5).Order().ToArray();
            var variance = slopes.Length * (1 + random.NextDouble() * 4);
            var c = StandardNormal.CriticalValue(0.95) * Math.Sqrt(variance);

            var set = KendallSlopeInterval.Invert(slopes, variance, 0.95);

            // Gilbert (1987) eq. 16.7–16.8: ranks M1 = (N′ − C)/2 and M2 + 1 = (N′ + C)/2 + 1, 1-based, rounded to the nearest.
            var m1 = (int)Math.Round((slopes.Length - c) / 2);
            var m2 = (int)Math.Round((slopes.Length + c) / 2 + 1);
            if (m1 < 1 || m2 > slopes.Length) continue;
            Assert.Equal(slopes[m1 - 1], set.Interval.Lower);
            Assert.Equal(slopes[m2 - 1], set.Interval.Upper);
            compared++;
        }

        Assert.True(compared > 100, $"{compared} compared");
    }

    [Fact]
    public void Invert_TooFewPairsForTheLevel_Unbounded()
    {
        // Four values: 6 pairs, Var(S) = 4·3·13/18 ≈ 8.67, C + 1 ≈ 6.8 > 6, so no slope is ever rejected.
        var result = SenSlope.EstimateDualToTest([1, 2, 3, 4], 0.95);

        Assert.Equal(double.NegativeInfinity, result.SlopeInterval.Lower);
        Assert.Equal(double.PositiveInfinity, result.SlopeInterval.Upper);
        Assert.False(result.ConfidenceSet.Excludes(0));
    }

    [Fact]
    public void Invert_ConstantSeries_ZeroToZero()
    {
        var result = SenSlope.EstimateDualToTest([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 0.95);

        Assert.Equal(new ConfidenceInterval(0, 0), result.SlopeInterval);
        Assert.False(result.ConfidenceSet.Excludes(0));
    }

    [Fact]
    public void Invert_NoSlopes_NaN()
    {
        var set = KendallSlopeInterval.Invert([], 0, 0.95);

        Assert.True(double.IsNaN(set.Interval.Lower) && double.IsNaN(set.Interval.Upper));
    }

    [Fact]
    public void Invert_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => KendallSlopeInterval.Invert([2, 1], 1, 0.95));
        Assert.Throws<ArgumentException>(() => KendallSlopeInterval.Invert([1, double.NaN], 1, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => KendallSlopeInterval.Invert([1, 2], -1, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => KendallSlopeInterval.Invert([1, 2], 1, 0));
    }

    [Fact]
    public void Excludes_OpenBoundAtTheValue_CountsAsExcluded()
    {
        var set = new SlopeConfidenceSet(new ConfidenceInterval(0, 2), LowerOpen: true, UpperOpen: false);

        Assert.True(set.Excludes(0));
        Assert.False(set.Excludes(2));
        Assert.False(set.Excludes(1));
        Assert.True(set.Excludes(2.5));
    }

    private static double Poisson(Random random, double mean)
    {
        // Knuth's method; means here are at most ~90, so e^−mean stays well above the smallest double.
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble()) k++;
        return k;
    }
}
