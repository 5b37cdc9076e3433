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
    public void Describe_SlopeOnRawCounts_NamesTheYearsSeasonalIndicesNeed() =>
        Assert.Equal("Sen's slope is on the raw monthly counts because seasonal indices need two complete years.",
            LongTermTrendNoteWording.Describe(new LongTermTrendNote(LongTermTrendNoteKind.SlopeOnRawCounts, 30, 0)));

    [Fact]
    public void Describe_UnknownKind_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LongTermTrendNoteWording.Describe(new LongTermTrendNote((LongTermTrendNoteKind)99, 1, 1)));
}
