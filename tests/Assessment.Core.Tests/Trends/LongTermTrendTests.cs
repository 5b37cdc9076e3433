using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// The long-term trend: verdict, q-value and slope interval never disagree (a property over random series), the slope
/// follows the test (seasonal Kendall with the seasonal test), and no trend is given across a gap.
/// </summary>
public sealed class LongTermTrendTests
{
    private static readonly YearMonth Jan2023 = new(2023, 1);

    [Fact]
    public void Run_RandomSeries_VerdictQValueAndIntervalNeverDisagree()
    {
        var random = new Random(4242);
        int significant = 0, notSignificant = 0;
        for (var run = 0; run < 40; run++)
        {
            // 12–40 months of counts for six crime types with random levels, drifts and extra-Poisson noise.
            var months = TrendInputs.Months(Jan2023, random.Next(12, 41));
            var types = Enumerable.Range(0, 6).ToDictionary(t => $"Type {t}", _ =>
            {
                var level = new[] { 2.0, 10, 40, 150 }[random.Next(4)];
                var drift = (random.NextDouble() - 0.5) * level / 12;
                var noise = random.NextDouble();
                return (IReadOnlyDictionary<YearMonth, long>)months.Select((m, i) => (m, Count: (long)Math.Max(0, Math.Round(
                    (level + drift * i) * (1 + 0.3 * Math.Sin(2 * Math.PI * m.Month / 12)) * (1 + noise * (random.NextDouble() - 0.5)) + (random.NextDouble() - 0.5) * Math.Sqrt(level) * 2))))
                    .ToDictionary(p => p.m, p => p.Count);
            });

            var findings = TrendAnalysis.Run(TrendInputs.Build(months[^1], 12, months, types));

            var tested = findings.LongTerm.Where(t => t.Method != TrendMethod.NotComputed).ToList();
            var discoveries = tested.Count(t => t.QValue <= TrendOptions.Default.FalseDiscoveryRate);
            foreach (var t in tested)
            {
                var what = $"run {run}, {t.Series.Key}: q {t.QValue}, {t.Verdict}, interval {t.Sen!.SlopeInterval}";
                var excludes = t.Sen.ConfidenceSet.Excludes(0);
                Assert.True((t.QValue <= 0.05) == (t.Verdict != TrendVerdict.NoClearTrend), what);
                Assert.True(excludes == (t.Verdict != TrendVerdict.NoClearTrend), what);
                if (t.Verdict == TrendVerdict.Increasing) Assert.True(t.Sen.SlopeInterval.Lower >= 0, what);
                if (t.Verdict == TrendVerdict.Decreasing) Assert.True(t.Sen.SlopeInterval.Upper <= 0, what);
                Assert.Equal(1 - Math.Max(discoveries, 1) * 0.05 / tested.Count, t.Sen.ConfidenceLevel, 12);
                Assert.Equal(t.Method == TrendMethod.SeasonalMannKendall ? SlopeEstimator.SeasonalKendall : SlopeEstimator.Sen, t.Sen.Estimator);
                var sentence = TrendNarrative.DescribeTrend(t, "Test");
                Assert.True(sentence.Contains("no clear trend", StringComparison.Ordinal) != excludes, sentence);
                if (excludes) significant++;
                else notSignificant++;
            }
        }

        Assert.True(significant > 20 && notSignificant > 20, $"{significant} significant, {notSignificant} not");
    }

    [Fact]
    public void Run_ThreeYearsOfSeasonalCounts_SeasonalKendallSlopeOnTheRawCounts()
    {
        // Each calendar month rises by 12 a year (1 a month) on top of a strong seasonal pattern.
        var months = TrendInputs.Months(Jan2023, 36);
        var counts = months.Select((m, i) => (m, Count: 100L + 60 * (m.Month % 3) + 12 * (i / 12))).ToDictionary(p => p.m, p => p.Count);

        var trend = TrendAnalysis.Run(TrendInputs.Build(months[^1], 12, months, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = counts }))
            .LongTermOf(new SeriesKey(ComparisonLevel.CrimeType, "Burglary"))!;

        Assert.Equal(TrendMethod.SeasonalMannKendall, trend.Method);
        Assert.Equal(SeasonalKendallSlope.Estimate([.. months.Select(m => (double)counts[m])], 12, trend.Sen!.ConfidenceLevel), trend.Sen);
        Assert.Equal(1.0, trend.Sen.Slope, 12);
        Assert.Null(trend.Note);
        // The sentence gives the verdict and the slope in words; the test and interval are left to the table and appendix.
        Assert.Equal(TrendVerdict.Increasing, trend.Verdict);
        Assert.EndsWith("burglary showed an increasing trend, typically +1.0 a month.", TrendNarrative.DescribeTrend(trend, "Test"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EightMonthGap_NoTestNoSlopeAndTheGapNamed()
    {
        // The Canterbury shape: January–April 2024, then all of 2025.
        var months = TrendInputs.Months(new YearMonth(2024, 1), 4).Concat(TrendInputs.Months(new YearMonth(2025, 1), 12)).ToList();
        var counts = months.ToDictionary(m => m, m => m.Year == 2024 ? 25L : 30L + m.Month);

        var trend = TrendAnalysis.Run(TrendInputs.Build(new YearMonth(2025, 12), 12, months, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = counts }))
            .LongTermOf(SeriesKey.Area)!;

        Assert.Equal(TrendMethod.NotComputed, trend.Method);
        Assert.Equal(TrendVerdict.NotTested, trend.Verdict);
        Assert.Null(trend.Sen);
        Assert.Equal(new LongTermTrendNote(LongTermTrendNoteKind.GapInSeries, 16, 2) { Gap = new MonthRange(new YearMonth(2024, 5), new YearMonth(2024, 12)) }, trend.Note);
        var sentence = TrendNarrative.DescribeTrend(trend, "Test");
        Assert.Contains("gap of 8 months (May 2024 to December 2024)", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("slope +", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwoMonthGap_IsTested()
    {
        var months = TrendInputs.Months(Jan2023, 18).Where(m => m != new YearMonth(2023, 6) && m != new YearMonth(2023, 7)).ToList();
        var counts = months.ToDictionary(m => m, m => 20L + m.MonthsSince(Jan2023));

        var trend = TrendAnalysis.Run(TrendInputs.Build(months[^1], 6, months, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = counts }))
            .LongTermOf(SeriesKey.Area)!;

        Assert.Equal(TrendMethod.MannKendall, trend.Method);
        Assert.Equal(1.0, trend.Sen!.Slope);
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3 }, -1, 0)]
    // A run at either end is not between present values.
    [InlineData(new double[] { double.NaN, double.NaN, 1, 2, double.NaN }, -1, 0)]
    [InlineData(new double[] { 1, double.NaN, 2, double.NaN, double.NaN, double.NaN, 3 }, 3, 3)]
    [InlineData(new double[] { 1, double.NaN, double.NaN, 2, double.NaN, 3 }, 1, 2)]
    public void LongestGap_Runs_LongestInteriorRun(double[] values, int start, int length)
    {
        var gap = LongTermTrend.LongestGap(values);

        Assert.Equal(start < 0 ? null : (start, length), gap);
    }

    [Theory]
    // No discovery: every test at α/m.
    [InlineData(0, 18, 1 - 0.05 / 18)]
    [InlineData(3, 15, 1 - 0.15 / 15)]
    [InlineData(1, 1, 0.95)]
    public void SlopeIntervalLevel_DiscoveriesAndTests_BenjaminiYekutieliLevel(int significant, int tests, double expected) =>
        Assert.Equal(expected, LongTermTrend.SlopeIntervalLevel(significant, tests, 0.05), 15);
}
