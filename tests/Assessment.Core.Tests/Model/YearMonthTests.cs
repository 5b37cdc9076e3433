using Assessment.Core.Model;

namespace Assessment.Core.Tests.Model;

public sealed class YearMonthTests
{
    [Theory]
    [InlineData("2025-01", 2025, 1)]
    [InlineData("1999-12", 1999, 12)]
    public void Parse_PoliceUkMonth_ReadsYearAndMonth(string text, int year, int month)
    {
        var value = YearMonth.Parse(text);

        Assert.Equal(new YearMonth(year, month), value);
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData("2025-13")] // month out of range
    [InlineData("2025-1")]  // police.uk always pads
    [InlineData("25-01")]
    [InlineData("2025/01")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotYyyyMm_ReturnsFalse(string? text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Invalid_MessageShowsTheTextAndTheFormat()
    {
        var ex = Assert.Throws<FormatException>(() => YearMonth.Parse("Jan 2025"));

        Assert.Contains("'Jan 2025'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMonths_AcrossYearEnd_Wraps()
    {
        Assert.Equal(new YearMonth(2025, 1), new YearMonth(2024, 12).AddMonths(1));
        Assert.Equal(new YearMonth(2023, 11), new YearMonth(2025, 1).AddMonths(-14));
        Assert.Equal(14, new YearMonth(2025, 1).MonthsSince(new YearMonth(2023, 11)));
    }

    [Fact]
    public void ToLongString_IsEnglishWhateverTheMachineCulture()
    {
        Assert.Equal("March 2025", new YearMonth(2025, 3).ToLongString());
    }
}
