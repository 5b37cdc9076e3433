using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Hotspots;

public sealed class HotspotPeriodsTests
{
    private static readonly AssessmentPeriod Year2025 = new(new YearMonth(2025, 12), 12);

    private static IEnumerable<YearMonth> Range(int fromYear, int fromMonth, int count) =>
        Enumerable.Range(0, count).Select(i => new YearMonth(fromYear, fromMonth).AddMonths(i));

    private static ComparisonCoverage Loaded(AssessmentPeriod period, IEnumerable<YearMonth> months) => ComparisonCoverage.OfLoadedMonths(period, months);

    private static ForceMonthCoverage Cell(string force, YearMonth month, MonthStatus status) =>
        new(force, month, 10, status == MonthStatus.Missing ? null : 10, status, double.NaN, double.NaN);

    [Fact]
    public void From_ForceLeftOutOfSomePairs_ChangeUsesOnlyThePairsWithNoForceLeftOut()
    {
        // Kent has all 24 months; BTP only January 2024 to January 2025 (as police.uk lacked BTP for most of 2025).
        var cells = Range(2024, 1, 24).Select(m => Cell("kent", m, MonthStatus.Loaded))
            .Concat(Range(2024, 1, 13).Select(m => Cell("btp", m, MonthStatus.Loaded))).ToList();
        var coverage = ComparisonCoverage.Build(Year2025, cells);
        var periods = HotspotPeriods.From(Year2025, coverage, 3);

        Assert.Equal(12, coverage.MonthsCompared.Count); // trends: Kent is compared in every month
        Assert.Equal([new YearMonth(2025, 1)], periods.MatchedCurrent.Months); // map points can't be split by force
        Assert.Equal([new YearMonth(2024, 1)], periods.MatchedComparison.Months);
        Assert.Equal(12, periods.Current.Months.Count);
    }

    [Fact]
    public void From_LikelyIncompleteMonth_IsNeitherMatchedNorInTheCurrentMonths()
    {
        var cells = Range(2024, 1, 24).Select(m => Cell("kent", m, m == new YearMonth(2024, 12) ? MonthStatus.LikelyIncomplete : MonthStatus.Loaded)).ToList();
        var periods = HotspotPeriods.From(Year2025, ComparisonCoverage.Build(Year2025, cells), 3);

        Assert.Equal(Range(2025, 1, 11), periods.MatchedCurrent.Months);
        Assert.DoesNotContain(new YearMonth(2024, 12), periods.MatchedComparison.Months);
    }

    [Fact]
    public void From_SampleShape_MatchesJanuaryToAprilAndUsesFourQuarters()
    {
        var periods = HotspotPeriods.From(Year2025, Loaded(Year2025, [.. Range(2024, 1, 4), .. Range(2025, 1, 12)]), 3);

        Assert.Equal(12, periods.Current.Months.Count);
        Assert.Equal(Range(2025, 1, 4), periods.MatchedCurrent.Months);
        Assert.Equal(Range(2024, 1, 4), periods.MatchedComparison.Months);
        Assert.Equal("January 2024 to April 2024", periods.MatchedComparison.Label);
        Assert.Equal("Jan–Apr 2025", periods.MatchedCurrent.ShortLabel);
        Assert.Equal(["Jan–Mar 2025", "Apr–Jun 2025", "Jul–Sep 2025", "Oct–Dec 2025"], periods.ClassificationPeriods.Select(p => p.ShortLabel));
        Assert.Null(periods.ClassificationGap);
    }

    [Fact]
    public void From_BothYearsComplete_MatchesEveryMonth()
    {
        var periods = HotspotPeriods.From(Year2025, Loaded(Year2025, Range(2024, 1, 24)), 3);

        Assert.Equal(12, periods.MatchedCurrent.Months.Count);
        Assert.Equal("January 2024 to December 2024", periods.MatchedComparison.Label);
    }

    [Fact]
    public void From_GapsInTheMatchedMonths_SaysHowManyMonthsAndSpan()
    {
        var periods = HotspotPeriods.From(Year2025, Loaded(Year2025, [new(2024, 2), new(2024, 5), .. Range(2025, 1, 12)]), 3);

        Assert.Equal("2 months between February 2024 and May 2024", periods.MatchedComparison.Label);
        Assert.Equal("2 months", periods.MatchedComparison.ShortLabel);
    }

    [Fact]
    public void From_SixMonthPeriod_HasTooFewQuartersToClassify()
    {
        var periods = HotspotPeriods.From(new AssessmentPeriod(new YearMonth(2025, 6), 6), Loaded(new AssessmentPeriod(new YearMonth(2025, 6), 6), Range(2024, 7, 12)), 3);

        Assert.False(periods.HasClassification);
        Assert.Equal(new ClassificationGap(3, 2, 4, null), periods.ClassificationGap);
        Assert.Equal("the assessment period holds 2 whole quarters and the classification needs at least 4", HotspotWording.ClassificationReason(periods.ClassificationGap!));
    }

    [Fact]
    public void From_NothingLoaded_GivesEmptyPeriodsAndNoChange()
    {
        var periods = HotspotPeriods.From(Year2025, Loaded(Year2025, []), 3);

        Assert.True(periods.Current.IsEmpty);
        Assert.False(periods.HasChange);
        Assert.False(periods.HasClassification);
        Assert.Equal("no months", periods.Current.Label);
    }

    [Fact]
    public void From_MonthlyBlocks_ClassifiesOverTwelveMonths()
    {
        var periods = HotspotPeriods.From(Year2025, Loaded(Year2025, Range(2025, 1, 12)), 1);

        Assert.Equal(12, periods.ClassificationPeriods.Count);
        Assert.All(periods.ClassificationPeriods, p => Assert.Single(p.Months));
    }
}
