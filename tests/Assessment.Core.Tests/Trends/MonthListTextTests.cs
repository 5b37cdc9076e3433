using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

public sealed class MonthListTextTests
{
    private static YearMonth M(string text) => YearMonth.Parse(text);

    [Fact]
    public void Describe_ConsecutiveMonthsInOneYear_NamesTheRun() =>
        Assert.Equal("January to April 2025", MonthListText.Describe([M("2025-03"), M("2025-01"), M("2025-04"), M("2025-02")]));

    [Fact]
    public void Describe_RunAcrossYears_GivesBothYears() =>
        Assert.Equal("November 2024 to February 2025", MonthListText.Describe([M("2024-11"), M("2024-12"), M("2025-01"), M("2025-02")]));

    [Fact]
    public void Describe_SeveralRuns_JoinsWithCommasAndAnd() =>
        Assert.Equal("January to February 2025, April 2025 and June to July 2025",
            MonthListText.Describe([M("2025-01"), M("2025-02"), M("2025-04"), M("2025-06"), M("2025-07")]));

    [Fact]
    public void Describe_NoMonths_SaysSo() => Assert.Equal("no months", MonthListText.Describe([]));

    [Theory]
    [InlineData(1, "one")]
    [InlineData(4, "four")]
    [InlineData(9, "nine")]
    [InlineData(12, "12")]
    [InlineData(1234, "1,234")]
    public void CountWord_Value_WordsBelowTenDigitsAbove(int value, string expected) => Assert.Equal(expected, MonthListText.CountWord(value));
}
