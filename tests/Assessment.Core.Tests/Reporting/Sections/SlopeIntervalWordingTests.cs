using Assessment.Core.Reporting.Sections;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class SlopeIntervalWordingTests
{
    [Theory]
    [InlineData(0.95, "95%")]
    // 1 − 0.05/18: 18 series, none significant.
    [InlineData(0.99722222222222223, "99.7%")]
    [InlineData(0.999, "99.9%")]
    // One decimal would read 100.0%.
    [InlineData(0.9995, "99.95%")]
    public void Level_Levels_AsManyDecimalsAsNeeded(double level, string expected) =>
        Assert.Equal(expected, SlopeIntervalWording.Level(level));

    [Fact]
    public void Interval_ClosedBounds_PlainRange() =>
        Assert.Equal("99.7% CI \u22120.5 to +2.9", SlopeIntervalWording.Interval(Slope(-0.5, 2.9, 1 - 0.05 / 18)));

    [Fact]
    public void Interval_OpenBoundAtZero_SaysAbove() =>
        Assert.Equal("99% CI above 0.0 to +0.3", SlopeIntervalWording.Interval(Slope(0, 0.2857, 0.99) with { LowerOpen = true }));

    [Fact]
    public void Interval_OpenBoundElsewhere_NotMentioned() =>
        Assert.Equal("95% CI +0.1 to +0.3", SlopeIntervalWording.Interval(Slope(0.125, 0.25, 0.95) with { LowerOpen = true, UpperOpen = true }));

    [Fact]
    public void Interval_Unbounded_SaysTooFewMonths() =>
        Assert.Equal("95% CI: too few months to bound the slope", SlopeIntervalWording.Interval(Slope(double.NegativeInfinity, double.PositiveInfinity, 0.95)));

    [Fact]
    public void EstimatorName_BothEstimators() =>
        Assert.Equal(("Sen's slope", "seasonal Kendall slope"),
            (SlopeIntervalWording.EstimatorName(Slope(0, 1, 0.95)), SlopeIntervalWording.EstimatorName(Slope(0, 1, 0.95) with { Estimator = SlopeEstimator.SeasonalKendall })));

    [Fact]
    public void LevelSentence_TestedSeries_GivesTheLevelAndTheNumberTested()
    {
        var series = new SeriesKey(ComparisonLevel.CrimeType, "Burglary");
        var tested = new LongTermTrendFinding(series, TrendMethod.MannKendall, 18, null, null, null,
            Slope(-1, 1, 1 - 0.05 / 2), 0.5, TrendVerdict.NoClearTrend, null);
        var untested = tested with { Method = TrendMethod.NotComputed, Sen = null };

        Assert.Equal("Each slope's interval is at the 97.5% level, which allows for the 2 series tested (Benjamini and Yekutieli's false-coverage adjustment), so it excludes 0 exactly when the trend is significant.",
            SlopeIntervalWording.LevelSentence([untested, tested, tested with { Series = series with { Key = "Robbery" } }]));
        Assert.Equal("", SlopeIntervalWording.LevelSentence([untested]));
    }

    [Theory]
    [InlineData(0.042, 0.5, "99% CI +0.042 to +0.5")] // City of London other crime: not "0.0 to +0.5" beside a significant trend
    [InlineData(-0.31, -0.0071, "99% CI \u22120.3 to \u22120.0071")]
    [InlineData(0.05, 0.25, "99% CI +0.1 to +0.3")]
    public void Interval_BoundThatRoundsToZero_KeepsTwoSignificantFigures(double lower, double upper, string expected) =>
        Assert.Equal(expected, SlopeIntervalWording.Interval(Slope(lower, upper, 0.99)));

    private static SenSlopeResult Slope(double lower, double upper, double level) => new(0.1, 0, new ConfidenceInterval(lower, upper), 10, level);
}
