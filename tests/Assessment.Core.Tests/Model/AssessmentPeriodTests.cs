using Assessment.Core.Model;

namespace Assessment.Core.Tests.Model;

public sealed class AssessmentPeriodTests
{
    [Fact]
    public void Constructor_TwelveMonthsEndingDecember_ComparesWithThePreviousCalendarYear()
    {
        var period = new AssessmentPeriod(new YearMonth(2025, 12), 12);

        Assert.Equal(new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 12)), period.Current);
        Assert.Equal(new MonthRange(new YearMonth(2024, 1), new YearMonth(2024, 12)), period.Comparison);
        Assert.Equal(12, period.Comparison.Length);
    }

    [Fact]
    public void Constructor_FinancialYear_EndsInMarch()
    {
        var period = new AssessmentPeriod(new YearMonth(2025, 3), 12);

        Assert.Equal("2024-04..2025-03", period.Current.ToString());
        Assert.Equal("2023-04..2024-03", period.Comparison.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void Constructor_LengthOutOfRange_Throws(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessmentPeriod(new YearMonth(2025, 12), months));
    }

    [Fact]
    public void MonthRange_Months_ListsEveryMonthInclusive()
    {
        var range = new MonthRange(new YearMonth(2024, 11), new YearMonth(2025, 2));

        Assert.Equal(["2024-11", "2024-12", "2025-01", "2025-02"], range.Months().Select(m => m.ToString()));
        Assert.True(range.Contains(new YearMonth(2025, 2)));
        Assert.False(range.Contains(new YearMonth(2025, 3)));
    }
}
