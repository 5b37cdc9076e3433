using Assessment.Core.Model;
using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// Seasonal index, rolling totals and incomplete-month detection against numpy references
/// (Fixtures/statistics/seasonality.json; relative 1e-13) and hand-checked cases.
/// </summary>
public sealed class SeasonalityTests
{
    private const string File = "seasonality.json";

    [Fact]
    public void SeasonalIndex_FixtureSeriesStartingInJune_MatchesNumpy()
    {
        var c = StatisticsFixture.Load(File).GetProperty("seasonalIndex");
        var result = SeasonalIndex.Compute(c.Numbers("values"), YearMonth.Parse(c.GetProperty("firstMonth").GetString()!));
        Assert.True(result.IsComputed);
        Assert.Equal(c.Integer("yearsUsed"), result.YearsUsed);
        var expected = c.Numbers("index");
        for (var m = 0; m < 12; m++) Tolerance.Close(expected[m], result.IndexByCalendarMonth[m], 1e-13, 0, $"month {m + 1}");
        Assert.Equal(1.0, result.IndexByCalendarMonth.Average(), 14);
    }

    [Fact]
    public void SeasonalIndex_TwoIdenticalYears_IndexIsValueOverYearMean()
    {
        // Each year: 6 in January, 18 in July, 12 otherwise (mean 12): indices 0.5, 1.5 and 1.
        var year = Enumerable.Range(1, 12).Select(m => m == 1 ? 6.0 : m == 7 ? 18.0 : 12.0).ToArray();
        var result = SeasonalIndex.Compute([.. year, .. year], new YearMonth(2023, 1));
        Assert.Equal(0.5, result.For(1), 15);
        Assert.Equal(1.5, result.For(7), 15);
        Assert.Equal(1.0, result.For(3), 15);
        var deseasonalised = result.Deseasonalise(year, new YearMonth(2024, 1));
        Assert.All(deseasonalised, v => Assert.Equal(12.0, v, 13));
    }

    [Fact]
    public void SeasonalIndex_TwentyThreeMonths_NotComputedWithTheYearsCounted()
    {
        var result = SeasonalIndex.Compute(Enumerable.Repeat(5.0, 23).ToArray(), new YearMonth(2024, 1));
        Assert.False(result.IsComputed);
        Assert.Empty(result.IndexByCalendarMonth);
        Assert.Equal((1, 23, 0, 0), (result.YearsUsed, result.SeriesMonths, result.YearsWithMissingMonths, result.YearsWithNoEvents));
        Assert.Throws<InvalidOperationException>(() => result.For(1));
    }

    [Fact]
    public void SeasonalIndex_YearWithMissingMonth_SkippedAndOtherYearsUsed()
    {
        // Blocks counted back from the end: months 24–35 hold the gap, 0–11 and 12–23 are complete.
        var values = Enumerable.Range(0, 36).Select(i => i % 12 == 6 ? 10.0 : 5.0).ToArray();
        values[30] = double.NaN;
        var result = SeasonalIndex.Compute(values, new YearMonth(2022, 1));
        Assert.True(result.IsComputed);
        Assert.Equal(2, result.YearsUsed);
        Assert.Equal(10 / (65.0 / 12), result.For(7), 14);
    }

    [Fact]
    public void SeasonalIndex_OnlyOneCompleteYear_NotComputedAndCountsTheGap()
    {
        var values = Enumerable.Repeat(5.0, 24).ToArray();
        values[3] = double.NaN;
        var result = SeasonalIndex.Compute(values, new YearMonth(2023, 1));
        Assert.False(result.IsComputed);
        Assert.Equal(1, result.YearsUsed);
        Assert.Equal(1, result.YearsWithMissingMonths);
        Assert.Equal(0, result.YearsWithNoEvents);
    }

    [Fact]
    public void SeasonalIndex_AllZeroSeries_NotComputed()
    {
        var result = SeasonalIndex.Compute(new double[24], new YearMonth(2023, 1));
        Assert.False(result.IsComputed);
        Assert.Equal((0, 0, 2), (result.YearsUsed, result.YearsWithMissingMonths, result.YearsWithNoEvents));
    }

    [Fact]
    public void RollingTotal_FixtureSeries_MatchesNumpyIncludingGaps()
    {
        var c = StatisticsFixture.Load(File).GetProperty("rollingTotal");
        AssertTotals(c.GetProperty("totals"), RollingTotal.Compute(c.Numbers("values")));
        AssertTotals(c.GetProperty("gappyTotals"), RollingTotal.Compute(c.Numbers("gappyValues")));
    }

    [Fact]
    public void RollingTotal_ShortSeries_AllNull() =>
        Assert.All(RollingTotal.Compute(Enumerable.Repeat(1.0, 11).ToArray()), t => Assert.Null(t));

    [Fact]
    public void RollingTotal_WindowOfThree_HandSums() =>
        Assert.Equal([null, null, 6.0, 9.0, null, null, null, 18.0], RollingTotal.Compute([1, 2, 3, 4, double.NaN, 5, 6, 7], 3));

    [Fact]
    public void RollingTotal_EmptySeries_Empty() => Assert.Empty(RollingTotal.Compute([]));

    [Theory]
    [InlineData("incompleteMonths")]
    [InlineData("incompleteRun")]
    [InlineData("incompleteSmall")]
    public void Detect_FixtureSeries_MatchesScipyReference(string name)
    {
        var c = StatisticsFixture.Load(File).GetProperty(name);
        var result = IncompleteMonthDetector.Detect(c.Numbers("values"));
        var expected = c.GetProperty("months").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            Tolerance.Close(expected[i].Number("expected"), result[i].Expected, 0, 0, $"expected[{i}]");
            Tolerance.Close(expected[i].Number("ratio"), result[i].Ratio, 1e-15, 0, $"ratio[{i}]");
            Tolerance.Close(expected[i].Number("tail"), result[i].TailProbability, 1e-10, 1e-300, $"tail[{i}]");
            Assert.Equal(expected[i].GetProperty("flagged").GetBoolean(), result[i].IsLikelyIncomplete);
        }
    }

    [Fact]
    public void Detect_DamagedMonths_BothCaught()
    {
        // The fixture damages month 10 and the last month (partly published).
        var result = IncompleteMonthDetector.Detect(StatisticsFixture.Load(File).GetProperty("incompleteMonths").Numbers("values"));
        Assert.Equal([10, 30], result.Where(m => m.IsLikelyIncomplete).Select(m => m.Index));
    }

    [Fact]
    public void Detect_RunOfSixNearEmptyMonths_FlagsEveryOne()
    {
        // Judged against neighbours alone, the middle of the run looked normal (its neighbours were empty too).
        var result = IncompleteMonthDetector.Detect(StatisticsFixture.Load(File).GetProperty("incompleteRun").Numbers("values"));
        Assert.Equal([6, 7, 8, 9, 10, 11], result.Where(m => m.IsLikelyIncomplete).Select(m => m.Index));
    }

    [Fact]
    public void Detect_SmallCounts_ZeroWhereThreeAreUsualIsChance()
    {
        var values = StatisticsFixture.Load(File).GetProperty("incompleteSmall").Numbers("values");
        var result = IncompleteMonthDetector.Detect(values);
        Assert.Equal(0, values[5]);
        Assert.True(result[5].Ratio < 0.6); // a shortfall by ratio alone ...
        Assert.DoesNotContain(result, m => m.IsLikelyIncomplete); // ... but not beyond chance
    }

    [Fact]
    public void Detect_TwoWhereFifteenHundredAreUsual_Flagged()
    {
        var result = IncompleteMonthDetector.Detect([1500, 1480, 1530, 2, 1510, 1490]);
        Assert.Equal(1500, result[3].Expected); // median of the other five
        Assert.True(result[3].IsLikelyIncomplete);
        Assert.Single(result, m => m.IsLikelyIncomplete);
    }

    [Fact]
    public void Detect_SameMonthLowEveryYear_NotFlagged()
    {
        // August is about half the usual level in both years: a seasonal low, not a gap.
        double[] values = [100, 100, 100, 100, 100, 100, 100, 50, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 52, 100, 100, 100, 100];
        var result = IncompleteMonthDetector.Detect(values);
        Assert.Equal(52, result[7].Expected);
        Assert.DoesNotContain(result, m => m.IsLikelyIncomplete);
    }

    [Fact]
    public void Detect_TwoMonths_NothingJudged()
    {
        var result = IncompleteMonthDetector.Detect([100, 10]);
        Assert.All(result, m => Assert.True(double.IsNaN(m.Ratio)));
        Assert.DoesNotContain(result, m => m.IsLikelyIncomplete);
    }

    [Fact]
    public void Detect_ZeroNeighbourMedian_NoRatio()
    {
        var result = IncompleteMonthDetector.Detect([0, 0, 0, 0]);
        Assert.All(result, m => Assert.True(double.IsNaN(m.Ratio)));
        Assert.DoesNotContain(result, m => m.IsLikelyIncomplete);
    }

    [Fact]
    public void Detect_Empty_Empty() => Assert.Empty(IncompleteMonthDetector.Detect([]));

    private static void AssertTotals(System.Text.Json.JsonElement expected, double?[] actual)
    {
        var values = expected.EnumerateArray().ToArray();
        Assert.Equal(values.Length, actual.Length);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].ValueKind == System.Text.Json.JsonValueKind.Null) Assert.Null(actual[i]);
            else Assert.Equal(values[i].GetDouble(), actual[i]);
        }
    }
}
