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

    [Fact]
    public void Detect_FixtureSeries_MatchesNumpyReference()
    {
        var c = StatisticsFixture.Load(File).GetProperty("incompleteMonths");
        var result = IncompleteMonthDetector.Detect(c.Numbers("values"), c.Number("fraction"), (int)c.Integer("halfWindow"));
        var expected = c.GetProperty("months").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            Tolerance.Close(expected[i].Number("median"), result[i].NeighbourMedian, 0, 0, $"median[{i}]");
            Tolerance.Close(expected[i].Number("ratio"), result[i].Ratio, 1e-15, 0, $"ratio[{i}]");
            Assert.Equal(expected[i].GetProperty("flagged").GetBoolean(), result[i].IsLikelyIncomplete);
        }

        // The fixture damages month 10 and the last month; both must be caught.
        Assert.True(result[10].IsLikelyIncomplete);
        Assert.True(result[^1].IsLikelyIncomplete);
    }

    [Fact]
    public void Detect_LatestMonthHalfPublished_FlaggedAgainstPreviousThree()
    {
        var result = IncompleteMonthDetector.Detect([100, 104, 98, 101, 103, 50]);
        Assert.Equal(101.0, result[^1].NeighbourMedian); // median of 98, 101, 103
        Assert.Equal(50.0 / 101, result[^1].Ratio, 15);
        Assert.True(result[^1].IsLikelyIncomplete);
        Assert.Equal(1, result.Count(m => m.IsLikelyIncomplete));
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
