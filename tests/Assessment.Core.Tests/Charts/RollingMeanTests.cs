using Assessment.Core.Charts;
using Assessment.Core.Model;

namespace Assessment.Core.Tests.Charts;

public sealed class RollingMeanTests
{
    private static readonly YearMonth Jan2025 = new(2025, 1);

    [Fact]
    public void Trailing_TwelveMonthsOfThirty_MatchesNumpyConvolution()
    {
        var fixture = ChartFixtures.Load("rolling_mean.json");
        var first = YearMonth.Parse((string)fixture["firstMonth"]!);
        var values = ChartFixtures.Doubles(fixture["values"]);
        var expected = fixture["expected"]!.AsArray();
        var series = values.Select((v, i) => new MonthlyValue(first.AddMonths(i), v)).ToList();

        var result = RollingMean.Trailing(series, (int)fixture["window"]!);

        Assert.Equal(values.Length, result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            Assert.Equal(first.AddMonths(i), result[i].Month);
            if (expected[i] is null) Assert.Null(result[i].Value);
            else Assert.Equal(expected[i]!.GetValue<double>(), result[i].Value!.Value, 1e-9); // numpy float64 vs our summation order
        }
    }

    [Fact]
    public void Trailing_EmptySeries_ReturnsEmpty() => Assert.Empty(RollingMean.Trailing([], 12));

    [Fact]
    public void Trailing_WindowOfOne_ReturnsTheValues()
    {
        var result = RollingMean.Trailing([new(Jan2025, 5), new(Jan2025.AddMonths(1), 7)], 1);
        Assert.Equal([5.0, 7.0], result.Select(r => r.Value!.Value));
    }

    [Fact]
    public void Trailing_MissingMonthInsideWindow_IsNullUntilTheWindowIsClearOfIt()
    {
        // Months 1, 2, (3 missing), 4, 5, 6 with window 2: means exist only where both months are present.
        var series = new[] { 1, 2, 4, 5, 6 }.Select(m => new MonthlyValue(Jan2025.AddMonths(m - 1), m * 10.0)).ToList();

        var result = RollingMean.Trailing(series, 2);

        Assert.Equal(new double?[] { null, 15, null, null, 45, 55 }, result.Select(r => r.Value));
    }

    [Fact]
    public void Trailing_NullValue_IsTreatedAsMissing()
    {
        var result = RollingMean.Trailing([new(Jan2025, 1), new(Jan2025.AddMonths(1), null), new(Jan2025.AddMonths(2), 3)], 1);
        Assert.Equal(new double?[] { 1, null, 3 }, result.Select(r => r.Value));
    }

    [Fact]
    public void Trailing_WindowBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RollingMean.Trailing([new(Jan2025, 1)], 0));

    [Fact]
    public void Trailing_DuplicateMonth_Throws() =>
        Assert.Throws<ArgumentException>(() => RollingMean.Trailing([new(Jan2025, 1), new(Jan2025, 2)], 1));
}
