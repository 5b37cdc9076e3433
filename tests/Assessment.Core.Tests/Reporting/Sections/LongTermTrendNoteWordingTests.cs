using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class LongTermTrendNoteWordingTests
{
    [Fact]
    public void Describe_TooFewMonths_GivesTheRequiredAndAvailableMonths() =>
        Assert.Equal("The trend test needs at least 10 usable months; 4 available.",
            LongTermTrendNoteWording.Describe(new LongTermTrendNote(LongTermTrendNoteKind.TooFewMonths, 4, 10)));

    [Fact]
    public void Describe_NotSeasonal_SaysThePlainTestWasUsedAndWhatItCannotDo() =>
        Assert.Equal("The seasonal trend test needs 24 usable months; 16 available. The plain test was used, which cannot separate a trend from the seasonal pattern.",
            LongTermTrendNoteWording.Describe(new LongTermTrendNote(LongTermTrendNoteKind.NotSeasonal, 16, 24)));

    [Fact]
    public void Describe_GapInSeries_NamesTheGapAndWhereTheLikeForLikeChangeIs() =>
        Assert.Equal("The usable months have a gap of 8 months (May 2024 to December 2024), longer than the 2 months a trend may span: a slope across it would compare different parts of the year. " +
                     "The change between the same months of the two periods is given in the comparison with the previous period.",
            LongTermTrendNoteWording.Describe(new LongTermTrendNote(LongTermTrendNoteKind.GapInSeries, 16, 2) { Gap = new(new(2024, 5), new(2024, 12)) }));

    [Fact]
    public void Describe_GapInSeriesWithoutItsGap_Throws() =>
        Assert.Throws<ArgumentException>(() => LongTermTrendNoteWording.Describe(new LongTermTrendNote(LongTermTrendNoteKind.GapInSeries, 16, 2)));

    [Fact]
    public void Describe_UnknownKind_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LongTermTrendNoteWording.Describe(new LongTermTrendNote((LongTermTrendNoteKind)99, 1, 1)));
}
