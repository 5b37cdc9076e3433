using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.ActionPlans;

public sealed class MeasureRagTests
{
    [Theory]
    [InlineData(YoyVerdict.SignificantDecrease, MeasureDirection.Reduce, RagStatus.Green)]
    [InlineData(YoyVerdict.SignificantIncrease, MeasureDirection.Reduce, RagStatus.Red)]
    [InlineData(YoyVerdict.SignificantIncrease, MeasureDirection.Increase, RagStatus.Green)]
    [InlineData(YoyVerdict.SignificantDecrease, MeasureDirection.Increase, RagStatus.Red)]
    [InlineData(YoyVerdict.NoSignificantChange, MeasureDirection.Reduce, RagStatus.Amber)]
    [InlineData(YoyVerdict.NoSignificantChange, MeasureDirection.Increase, RagStatus.Amber)]
    [InlineData(YoyVerdict.DataCannotTell, MeasureDirection.Reduce, RagStatus.NotAssessed)]
    public void Of_FollowsTheRules(YoyVerdict verdict, MeasureDirection direction, RagStatus expected) =>
        Assert.Equal(expected, MeasureRag.Of(verdict, direction));

    [Fact]
    public void Label_NeverShowsAComputedAmberWithoutSayingNoSignificantChange()
    {
        Assert.Equal("Amber: no significant change", MeasureRag.Label(RagStatus.Amber, MeasureStatusSource.Computed));
        Assert.Equal("Green", MeasureRag.Label(RagStatus.Green, MeasureStatusSource.Computed));
        Assert.Equal("Amber (reported by the lead, not computed)", MeasureRag.Label(RagStatus.Amber, MeasureStatusSource.ReportedByLead));
    }
}
