using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;
using Assessment.Files.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary><see cref="TrendAnalysis"/> on the real Canterbury sample (16 months: January–April 2024 and all of 2025).</summary>
public sealed class SampleTrendTests
{
    private static TrendFindings Run(Func<YearMonth, int, bool>? keep = null)
    {
        var (counts, files) = SampleCounts.Read(keep);
        return TrendAnalysis.Run(new TrendInput("Canterbury", SampleCounts.Period, counts, files) { HarmWeights = HarmWeightFile.Default, Themes = SampleThemes.All });
    }

    [Fact]
    public void Run_Sample_ComparesTheFourMonthsBothPeriodsHave()
    {
        var coverage = Run().Coverage;

        Assert.Equal(["2025-01", "2025-02", "2025-03", "2025-04"], coverage.MonthsCompared.Select(m => m.ToString()));
        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04"], coverage.ComparisonMonthsCompared.Select(m => m.ToString()));
        Assert.Equal(8, coverage.ComparisonMonthsMissing.Count);
        Assert.False(coverage.IsComplete);
    }

    [Fact]
    public void Run_UnalteredSample_NoMonthIsFlaggedIncompleteAndMayToDecember2024AreMissing()
    {
        var quality = Run().DataQuality;

        Assert.Empty(quality.IncompleteMonths);
        Assert.Equal(Enumerable.Range(5, 8).Select(m => new YearMonth(2024, m)), quality.MissingMonths);
    }

    [Fact]
    public void Run_SampleWithHalfOfMarch2025Removed_FlagsMarchAndLeavesItAndMarch2024OutOfTheComparison()
    {
        // Real rows, every other row of March 2025 dropped: about half the usual count.
        var findings = Run((month, index) => month != new YearMonth(2025, 3) || index % 2 == 0);

        Assert.Equal([new YearMonth(2025, 3)], findings.DataQuality.IncompleteMonths);
        var march = findings.DataQuality.Months.Single(m => m.Month == new YearMonth(2025, 3));
        Assert.Equal(MonthStatus.LikelyIncomplete, march.Status);
        Assert.InRange(march.RatioToExpected, 0.45, 0.6);
        Assert.Equal(["2025-01", "2025-02", "2025-04"], findings.Coverage.MonthsCompared.Select(m => m.ToString()));
        Assert.Equal([new YearMonth(2025, 3)], findings.Coverage.ExcludedIncomplete);
        var area = findings.YearOnYearOf(SeriesKey.Area)!;
        Assert.Equal(3, area.MonthsCompared);
        var marchPoint = findings.MonthlyOf(SeriesKey.Area)!.Points.Single(p => p.Month == new YearMonth(2025, 3));
        Assert.Equal(MonthStatus.LikelyIncomplete, marchPoint.Status);
        Assert.Equal(15, findings.LongTermOf(SeriesKey.Area)!.MonthsUsed);
    }

    [Fact]
    public void Run_Sample_GivesNoTrendAcrossTheEightMonthGapAndSaysWhy()
    {
        var findings = Run();

        // Every series shares the gap: May–December 2024 are not in the sample.
        var gap = new MonthRange(new YearMonth(2024, 5), new YearMonth(2024, 12));
        Assert.All(findings.LongTerm, t =>
        {
            Assert.Equal(TrendMethod.NotComputed, t.Method);
            Assert.Null(t.Sen);
            Assert.Equal((LongTermTrendNoteKind.GapInSeries, gap), (t.Note!.Kind, t.Note.Gap));
        });
        Assert.Equal(16, findings.LongTermOf(SeriesKey.Area)!.MonthsUsed);
    }

    [Fact]
    public void Run_Sample_SeasonalIndexNotComputedWithOneCompleteYear()
    {
        var seasonal = Run().MonthlyOf(SeriesKey.Area)!.Seasonal;

        Assert.False(seasonal.IsComputed);
        Assert.Equal(1, seasonal.YearsUsed);
    }

    [Fact]
    public void Run_Sample_NoControlChartFromAFourMonthBaselineAndTheReasonGiven()
    {
        var findings = Run();

        Assert.All(findings.Monthly, m =>
        {
            Assert.Null(m.ControlChart);
            Assert.All(m.Points, p => Assert.Null(p.Chart));
        });
        var area = findings.MonthlyOf(SeriesKey.Area)!;
        Assert.Equal(4, area.BaselineMonthsUsed);
        Assert.Equal(ControlChartNoteKind.TooFewBaselineMonths, area.ControlChartNote!.Kind);
        Assert.Equal(TrendInputs.Months(new YearMonth(2024, 1), 4), area.ControlChartNote.UsableMonths);
        Assert.Contains("needs at least 12 usable baseline months", ControlChartNoteWording.Describe(area.ControlChartNote), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sample_NoPopulationMeansNoRates()
    {
        var findings = Run();

        Assert.Null(findings.Population);
        Assert.Empty(findings.Rates);
        Assert.All(findings.YearOnYear, f => Assert.Null(f.CurrentRatePerThousand));
    }
}
