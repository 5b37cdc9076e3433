using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

public sealed class CohortPeriodTests
{
    [Theory]
    [InlineData("Jan 2022 to Mar 2022", 2022, 1, 3)]
    [InlineData("October 2021 to December 2021", 2021, 10, 3)]
    [InlineData("apr 2013 to mar 2014", 2013, 4, 12)]
    [InlineData(" Oct 2022 to Dec 2022 ", 2022, 10, 3)]
    public void TryParse_PublishedForms(string text, int year, int month, int months)
    {
        Assert.True(CohortPeriod.TryParse(text, out var start, out var span));
        Assert.Equal((new DateOnly(year, month, 1), months), (start, span));
    }

    [Theory]
    [InlineData("2022 Q1")]
    [InlineData("Mar 2022 to Jan 2022")]
    [InlineData("Jan 2022 to Jan 2023")]
    [InlineData("Foo 2022 to Mar 2022")]
    [InlineData("")]
    public void TryParse_RefusesOtherText(string text)
    {
        Assert.False(CohortPeriod.TryParse(text, out _, out _));
    }
}
