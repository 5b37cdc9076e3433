using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Prioritisation;

public sealed class TrendScoreTests
{
    [Theory]
    [InlineData(100, 200, YoyVerdict.SignificantIncrease, 5)]
    [InlineData(200, 100, YoyVerdict.SignificantDecrease, 1)]
    [InlineData(20, 26, YoyVerdict.NoSignificantChange, 4)]
    [InlineData(26, 20, YoyVerdict.NoSignificantChange, 2)]
    // 95% interval of 10,050 against 10,000 lies within 0.9–1.1: broadly stable, the report's "flat".
    [InlineData(10_000, 10_050, YoyVerdict.NoSignificantChange, 3)]
    [InlineData(20, 20, YoyVerdict.NoSignificantChange, 3)]
    public void Of_Verdict_ScoresOnTheFivePointScale(long previous, long current, YoyVerdict verdict, int expected) =>
        Assert.Equal(expected, TrendScore.Of(Candidates.Trend(previous, current, verdict)));

    [Fact]
    public void Of_DataCannotTellOrNotTested_HasNoScore()
    {
        Assert.Null(TrendScore.Of(Candidates.Trend(100, 130, YoyVerdict.DataCannotTell)));
        Assert.Null(TrendScore.Of(Candidates.Trend(3, 5, YoyVerdict.NoSignificantChange, tested: false)));
    }

    [Fact]
    public void StableBound_IsTheReportsBroadlyStableBound() => Assert.Equal(TrendNarrative.StableBound, TrendScore.StableBound);
}
