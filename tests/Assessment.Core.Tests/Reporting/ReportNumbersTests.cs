using Assessment.Core.Reporting;

namespace Assessment.Core.Tests.Reporting;

public sealed class ReportNumbersTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1000, "1,000")]
    [InlineData(1234567, "1,234,567")]
    [InlineData(-56, "\u221256")]
    [InlineData(-12345, "\u221212,345")]
    public void FormatCount_Value_HasThousandsSeparatorsAndTrueMinus(long value, string expected) =>
        Assert.Equal(expected, ReportNumbers.FormatCount(value));

    [Theory]
    [InlineData(1234, "+1,234")]
    [InlineData(-56, "\u221256")]
    [InlineData(0, "0")]
    public void FormatSignedCount_Value_ShowsSignExceptOnZero(long value, string expected) =>
        Assert.Equal(expected, ReportNumbers.FormatSignedCount(value));

    [Theory]
    [InlineData(0.1234, 1, false, "12.3%")]
    [InlineData(0.05, 1, true, "+5.0%")]
    [InlineData(-0.25, 0, true, "\u221225%")]
    [InlineData(12.5, 0, false, "1,250%")]
    public void FormatPercent_Fraction_IsScaledAndRounded(double fraction, int decimals, bool signed, string expected) =>
        Assert.Equal(expected, ReportNumbers.FormatPercent(fraction, decimals, signed));

    [Theory]
    [InlineData(2.5, "3")]
    [InlineData(-2.5, "\u22123")]
    [InlineData(0.4, "0")]
    [InlineData(-0.4, "0")]
    public void Format_Midpoints_RoundAwayFromZeroAndNegativeZeroHasNoSign(double value, string expected) =>
        Assert.Equal(expected, ReportNumbers.Format(value, NumberFormat.Integer));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Format_NotANumber_IsEnDash(double value) => Assert.Equal("\u2013", ReportNumbers.Format(value, NumberFormat.Percent1));

    [Fact]
    public void Format_TooManyDecimals_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportNumbers.Format(1, new NumberFormat(Decimals: 7)));

    [Theory]
    [InlineData(1234.0, "1234")]
    [InlineData(0.125, "0.125")]
    [InlineData(-3.5, "-3.5")]
    public void FormatRaw_Value_IsInvariantWithoutSeparators(double value, string expected) => Assert.Equal(expected, ReportNumbers.FormatRaw(value));

    [Fact]
    public void FormatDate_Date_IsDayMonthNameYear() => Assert.Equal("5 March 2026", ReportNumbers.FormatDate(new DateOnly(2026, 3, 5)));
}
