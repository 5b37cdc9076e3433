using Assessment.Core.Model;
using Assessment.Core.Reporting;

namespace Assessment.Core.Tests.Reporting;

public sealed class KeyFactPeriodTests
{
    private static YearMonth[] Months(int year, params int[] months) => [.. months.Select(m => new YearMonth(year, m))];

    [Fact]
    public void Of_NamesTheMonthsAndCountsThem()
    {
        Assert.Equal("January to December 2025 (12 months)", KeyFactPeriod.Of(Months(2025, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)));
        Assert.Equal("January to April 2025 and June 2025 (five months)", KeyFactPeriod.Of(Months(2025, 1, 2, 3, 4, 6, 6)));
        Assert.Equal("March 2025 (one month)", KeyFactPeriod.Of(Months(2025, 3)));
    }

    [Fact]
    public void Of_NoMonths_Throws() => Assert.Throws<ArgumentException>(() => KeyFactPeriod.Of([]));

    [Fact]
    public void Counts_FewerMonthsThanTheTotal_SaysTheyAreNotComparable() =>
        Assert.Equal("5,261 in January to April 2024, 5,381 in January to April 2025 (four months each); only four of the 12 months, so not comparable with the 12-month total",
            KeyFactPeriod.Counts(5261, Months(2024, 1, 2, 3, 4), 5381, Months(2025, 1, 2, 3, 4), 12));

    [Fact]
    public void Counts_AsManyMonthsAsTheTotal_HasNoCaution() =>
        Assert.Equal("10 in March 2024, 12 in March 2025 (one month each)", KeyFactPeriod.Counts(10, Months(2024, 3), 12, Months(2025, 3), 1));

    [Fact]
    public void Compared_PutsTheLaterMonthsFirst() =>
        Assert.Equal("January to April 2025 against January to April 2024 (four months each)", KeyFactPeriod.Compared(Months(2024, 1, 2, 3, 4), Months(2025, 1, 2, 3, 4)));

    [Fact]
    public void Counts_NoMonthsOnOneSide_Throws() =>
        Assert.Throws<ArgumentException>(() => KeyFactPeriod.Counts(1, [], 2, Months(2025, 1), 1));
}
