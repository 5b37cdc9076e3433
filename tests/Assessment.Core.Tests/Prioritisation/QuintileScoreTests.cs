using Assessment.Core.Prioritisation;

namespace Assessment.Core.Tests.Prioritisation;

public sealed class QuintileScoreTests
{
    [Fact]
    public void Of_FiveDistinctValues_ScoreOneToFiveInAnyOrder() =>
        Assert.Equal([4, 1, 5, 3, 2], QuintileScore.Of([40, 10, 50, 30, 20]));

    [Fact]
    public void Of_TenValues_TwoInEachQuintile() =>
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], QuintileScore.Of([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));

    [Fact]
    public void Of_SixValues_BoundariesFallByMidRank() =>
        // 1 + ⌊5 (r − ½) / 6⌋ for r = 1…6: ⌊0.42⌋, ⌊1.25⌋, ⌊2.08⌋, ⌊2.92⌋, ⌊3.75⌋, ⌊4.58⌋.
        Assert.Equal([1, 2, 3, 3, 4, 5], QuintileScore.Of([1, 2, 3, 4, 5, 6]));

    [Fact]
    public void Of_TiedValues_ShareTheScoreOfTheirMidRank() =>
        // Mid-ranks 1, 2.5, 2.5, 4 of n = 4: 1 + ⌊0.625⌋, 1 + ⌊2.5⌋, 1 + ⌊4.375⌋.
        Assert.Equal([1, 3, 3, 5], QuintileScore.Of([1, 2, 2, 3]));

    [Fact]
    public void Of_AllEqualOrOneValue_ScoresTheMiddle()
    {
        Assert.Equal([3, 3, 3, 3], QuintileScore.Of([7, 7, 7, 7]));
        Assert.Equal([3], QuintileScore.Of([7]));
        Assert.Empty(QuintileScore.Of([]));
    }

    [Fact]
    public void Of_NaN_IsRefused() => Assert.Throws<ArgumentException>(() => QuintileScore.Of([1, double.NaN]));
}
