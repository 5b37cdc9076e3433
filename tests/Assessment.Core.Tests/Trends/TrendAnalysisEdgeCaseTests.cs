using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;
using Assessment.Files.Trends;

namespace Assessment.Core.Tests.Trends;

public sealed class TrendAnalysisEdgeCaseTests
{
    private static readonly YearMonth Jan2024 = new(2024, 1);
    private static readonly YearMonth Dec2025 = new(2025, 12);

    [Fact]
    public void Run_NothingLoaded_NoComparisonsAndEveryMonthOfBothPeriodsMissing()
    {
        var findings = TrendAnalysis.Run(new TrendInput("Test", new AssessmentPeriod(Dec2025, 12), [], []) { HarmWeights = HarmWeightFile.Default, Themes = SampleThemes.All });

        Assert.Empty(findings.YearOnYear);
        Assert.Empty(findings.Coverage.MonthsCompared);
        Assert.Equal(24, findings.DataQuality.MissingMonths.Count);
        Assert.All(findings.Monthly, m => Assert.Empty(m.Points));
        Assert.All(findings.LongTerm, t => Assert.Equal(TrendMethod.NotComputed, t.Method));
        Assert.Equal(new LongTermTrendNote(LongTermTrendNoteKind.TooFewMonths, 0, TrendOptions.Default.MinimumTrendMonths), findings.LongTermOf(SeriesKey.Area)!.Note);
        Assert.Empty(findings.Harm.Categories);
        Assert.False(findings.DataQuality.Vintage.WasChecked);
    }

    [Fact]
    public void Run_SingleMonth_HasOnePointButNoComparisonTrendOrControlChart()
    {
        var input = TrendInputs.Build(Dec2025, 12, [Dec2025], new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = TrendInputs.Series(Dec2025, 7) });

        var findings = TrendAnalysis.Run(input);

        Assert.Empty(findings.YearOnYear);
        var area = findings.MonthlyOf(SeriesKey.Area)!;
        Assert.Equal(7, Assert.Single(area.Points).Count);
        Assert.Null(area.ControlChart);
        Assert.Equal(ControlChartNoteKind.NoEarlierMonth, area.ControlChartNote!.Kind);
        Assert.Contains("No month before the assessment period", ControlChartNoteWording.Describe(area.ControlChartNote), StringComparison.Ordinal);
        Assert.Equal(TrendMethod.NotComputed, findings.LongTermOf(SeriesKey.Area)!.Method);
        Assert.Equal(MonthStatus.Loaded, findings.DataQuality.Months.Single(m => m.Month == Dec2025).Status);
    }

    [Fact]
    public void Run_OneMonthCompared_IsNotTestedBecauseTheVariationCannotBeEstimated()
    {
        var nov = new YearMonth(2025, 11);
        var input = TrendInputs.Build(Dec2025, 1, [nov, Dec2025], new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = TrendInputs.Series(nov, 5, 20) });

        var area = TrendAnalysis.Run(input).YearOnYearOf(SeriesKey.Area)!;

        // 5 → 20 would be p ≈ 0.004 as Poisson counts; one month gives no measure of how much months vary.
        Assert.Equal((5, 20), (area.Previous, area.Current));
        Assert.True(double.IsNaN(area.Dispersion.Phi));
        Assert.False(area.IsTested);
        Assert.Equal(YoyVerdict.NoSignificantChange, area.Verdict);
        Assert.EndsWith("how much the months vary cannot be estimated, so the change was not tested.", TrendNarrative.Describe(area, "Test"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EveryRecordInOnePeriod_DispersionIsAboutThePeriodMeansNotAnExactFit()
    {
        // Nothing in 2024, nine burglaries in two months of 2025: the month-by-period table would fit exactly (φ = 0).
        long[] counts = [.. new long[12], 5, 4, .. new long[10]];
        var input = TrendInputs.Build(Dec2025, 12, TrendInputs.Months(Jan2024, 24), new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = TrendInputs.Series(Jan2024, counts) });

        var area = TrendAnalysis.Run(input).YearOnYearOf(SeriesKey.Area)!;

        // Pearson X² about each period's mean (2025: 0.75 a month; 2024 contributes nothing), on 24 − 2 df.
        var x2 = (Math.Pow(5 - 0.75, 2) + Math.Pow(4 - 0.75, 2) + 10 * Math.Pow(0.75, 2)) / 0.75;
        Assert.Equal(x2 / 22, area.Dispersion.Phi, 1e-9);
        Assert.True(area.IsTested);
    }

    [Fact]
    public void Run_AllMonthsLoadedWithNoRecords_AreaIsUnchangedWithPOneAndNoTrend()
    {
        var input = TrendInputs.Build(Dec2025, 12, TrendInputs.Months(Jan2024, 24), new Dictionary<string, IReadOnlyDictionary<YearMonth, long>>());

        var findings = TrendAnalysis.Run(input);

        // The area and the three default themes that have crime types, all empty.
        Assert.Equal(4, findings.YearOnYear.Count);
        Assert.All(findings.YearOnYear, f => Assert.Equal((0, 0), (f.Previous, f.Current)));
        var area = findings.YearOnYearOf(SeriesKey.Area)!;
        Assert.Equal(12, area.MonthsCompared);
        Assert.Equal((0, 0), (area.Previous, area.Current));
        Assert.Equal(1.0, area.PValue);
        // Nothing recorded in either period: nothing to test, so no q-value (left out of the family).
        Assert.True(double.IsNaN(area.QValue));
        Assert.False(area.IsTested);
        Assert.True(double.IsNaN(area.RateRatio));
        Assert.Equal(YoyVerdict.NoSignificantChange, area.Verdict);
        Assert.Empty(findings.DataQuality.IncompleteMonths);
        var trend = findings.LongTermOf(SeriesKey.Area)!;
        Assert.Equal(TrendMethod.SeasonalMannKendall, trend.Method);
        Assert.Equal((0L, TrendVerdict.NoClearTrend), (trend.S, trend.Verdict));
        Assert.Null(trend.Note);
        Assert.Equal((0.0, SlopeEstimator.SeasonalKendall), (trend.Sen!.Slope, trend.Sen.Estimator));
        var monthly = findings.MonthlyOf(SeriesKey.Area)!;
        Assert.Null(monthly.ControlChart);
        Assert.Equal(ControlChartNoteKind.EmptyBaseline, monthly.ControlChartNote!.Kind);
        Assert.Contains("has no records", ControlChartNoteWording.Describe(monthly.ControlChartNote), StringComparison.Ordinal);
        Assert.Equal(0.0, monthly.Points[^1].RollingTwelveMonthTotal);
        Assert.Null(monthly.Points[10].RollingTwelveMonthTotal);
    }

    [Fact]
    public void Run_ComparisonPeriodWithFourMonths_ComparesOnlyThoseMonthsAndTheirCounterparts()
    {
        // Comparison Jan–Apr 2024 only; assessment all of 2025. Burglary: 10 a month in 2024, 20 a month in 2025.
        var loaded = TrendInputs.Months(Jan2024, 4).Concat(TrendInputs.Months(new YearMonth(2025, 1), 12)).ToList();
        var counts = loaded.ToDictionary(m => m, m => m.Year == 2024 ? 10L : 20L);
        var findings = TrendAnalysis.Run(TrendInputs.Build(Dec2025, 12, loaded, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = counts }));

        var burglary = findings.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, "Burglary"))!;
        Assert.Equal(4, burglary.MonthsCompared);
        Assert.Equal((40, 80), (burglary.Previous, burglary.Current));
        Assert.Equal(2.0, burglary.RateRatio);
        Assert.Equal(0.5, burglary.Comparison.NullProportion);
        // Every month pair split 1 : 2 like the totals: no extra-Poisson variation, so the exact interval stands.
        Assert.Equal(0.0, burglary.Dispersion.Phi, 1e-12);
        Assert.Equal(burglary.Comparison.RateRatioInterval, burglary.Interval);
        Assert.Equal(8, findings.Coverage.WithoutCounterpart.Count);
        Assert.Equal(Enumerable.Range(5, 8).Select(m => new YearMonth(2024, m)), findings.Coverage.ComparisonMonthsMissing);
    }

    [Fact]
    public void Run_ThemesWithoutCategoriesOrWithUnknownCategories_AreReportedNotTested()
    {
        var input = TrendInputs.Build(Dec2025, 12, TrendInputs.Months(Jan2024, 24),
            new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = TrendInputs.Months(Jan2024, 24).ToDictionary(m => m, _ => 5L) }) with
        {
            Themes = [new TrendTheme("unmeasured", "Unmeasured", []), new TrendTheme("typo", "Typo", ["Burglary", "Shopliftng"])],
        };

        var findings = TrendAnalysis.Run(input);

        Assert.False(findings.Theme("unmeasured")!.IsMeasured);
        Assert.Null(findings.YearOnYearOf(new SeriesKey(ComparisonLevel.Theme, "unmeasured")));
        Assert.Equal(["Shopliftng"], findings.Theme("typo")!.NotInData);
        var typo = findings.YearOnYearOf(new SeriesKey(ComparisonLevel.Theme, "typo"))!;
        Assert.Equal(60, typo.Current);
        Assert.Equal("Typo", typo.Series.Label);
    }

    [Fact]
    public void Run_TwoThemesWithTheSameId_Throws()
    {
        var input = new TrendInput("Test", new AssessmentPeriod(Dec2025, 12), [], []) { HarmWeights = HarmWeightFile.Default, Themes = [new TrendTheme("asb", "ASB", []), new TrendTheme("asb", "Anti-social behaviour", [])] };

        var ex = Assert.Throws<ArgumentException>(() => TrendAnalysis.Run(input));
        Assert.Contains("defined twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ConfiguredBaseline_LimitsComeFromThoseMonthsOnly()
    {
        // 12 a month in 2023, 9 and 11 in turn through 2024, 13 a month in 2025. A baseline of 2024 alone gives a centre
        // line of exactly 10 and limits 10 ± 2.66 × 2 (the mean moving range), so every month of 2025 sits above the
        // centre line (a shift) but inside the upper limit; the default baseline would take in 2023 as well.
        var months = TrendInputs.Months(new YearMonth(2023, 1), 36);
        var counts = months.ToDictionary(m => m, m => m.Year == 2023 ? 12L : m.Year == 2024 ? (m.Month % 2 == 0 ? 11L : 9L) : 13L);
        var input = TrendInputs.Build(Dec2025, 12, months, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = counts }) with
        {
            ControlBaseline = new MonthRange(Jan2024, new YearMonth(2024, 12)),
        };

        var area = TrendAnalysis.Run(input).MonthlyOf(SeriesKey.Area)!;

        Assert.Equal(10.0, area.ControlChart!.CentreLine);
        Assert.Equal(12, area.BaselineMonthsUsed);
        Assert.Equal(10 + 3 * 2 / 1.128, area.Points[^1].Chart!.UpperLimit, 12);
        Assert.Empty(TrendAnalysis.Run(input).DataQuality.IncompleteMonths);
        Assert.True(area.Points[^1].Chart!.Signals.HasFlag(ControlChartSignals.Shift));
        Assert.False(area.Points[^1].Chart!.Signals.HasFlag(ControlChartSignals.AboveUpperLimit));
        Assert.Equal(12, area.SignalsIn(new MonthRange(new YearMonth(2025, 1), Dec2025)).Count);
    }

    [Fact]
    public void Run_BaselineWithoutTwoConsecutiveMonths_NoChartAndTheReason()
    {
        // Only the odd months of 2024 are loaded: six baseline months, enough for a minimum of three, but no month-to-month
        // variation can be measured from them.
        var loaded = TrendInputs.Months(Jan2024, 12).Where(m => m.Month % 2 == 1).Concat(TrendInputs.Months(new YearMonth(2025, 1), 12)).ToList();
        var input = TrendInputs.Build(Dec2025, 12, loaded, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = loaded.ToDictionary(m => m, _ => 20L) }) with
        {
            Options = TrendOptions.Default with { MinimumBaselineMonths = 3 },
        };

        var area = TrendAnalysis.Run(input).MonthlyOf(SeriesKey.Area)!;

        Assert.Null(area.ControlChart);
        Assert.Equal(ControlChartNoteKind.NoConsecutiveBaselineMonths, area.ControlChartNote!.Kind);
        Assert.Equal(6, area.BaselineMonthsUsed);
    }

    [Fact]
    public void Run_WithPopulation_RatesAreCountPerThousandResidentsWithTheScaledExactInterval()
    {
        var months = TrendInputs.Months(Jan2024, 24);
        var input = TrendInputs.Build(Dec2025, 12, months,
            new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = months.ToDictionary(m => m, _ => 5L) }) with
        {
            Population = new AreaPopulation(2500, 2, 0, "population.csv"),
        };

        var findings = TrendAnalysis.Run(input);

        var area = findings.Rates.Single(r => r.Series == SeriesKey.Area);
        Assert.Equal(60, area.Count);
        Assert.Equal(24.0, area.RatePerThousand, 12);
        var exact = PoissonInterval.Exact(60);
        Assert.Equal(exact.Lower * 0.4, area.Interval.Lower, 12);
        Assert.Equal(exact.Upper * 0.4, area.Interval.Upper, 12);
        Assert.Equal(24.0, findings.YearOnYearOf(SeriesKey.Area)!.CurrentRatePerThousand!.Value, 12);
    }
}
