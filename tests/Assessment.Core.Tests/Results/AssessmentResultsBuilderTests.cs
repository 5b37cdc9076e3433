using Assessment.Core.Model;
using Assessment.Core.Results;
using Assessment.Core.Trends;
using Assessment.Files.Trends;

namespace Assessment.Core.Tests.Results;

public sealed class AssessmentResultsBuilderTests
{
    private static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    /// <summary>Shoplifting 10 a month in 2024 and 20 a month in 2025; three arsons in June 2025 only; 2024-03's file refused.</summary>
    private static AssessmentResultsDocument Build()
    {
        var months = Period.Comparison.Months().Concat(Period.Current.Months()).ToList();
        var counts = months.Where(m => m != new YearMonth(2024, 3))
            .Select(m => new MonthlyCount("Test area", m, "Shoplifting", m.Year == 2024 ? 10 : 20))
            .Append(new MonthlyCount("Test area", new YearMonth(2025, 6), "Arson", 3))
            .ToList();
        var quality = months.Select(m => m == new YearMonth(2024, 3)
            ? new FileQuality($"{m}/{m}-test-street.csv", "test", m, 30, 0, 30, 0, 0, 0)
            : new FileQuality($"{m}/{m}-test-street.csv", "test", m, 30, 30, 0, 2, 3, 0)).ToList();
        var trends = TrendAnalysis.Run(new TrendInput("Test area", Period, counts, quality)
        {
            HarmWeights = HarmWeightFile.Default,
            Themes = [new TrendTheme("retail", "Retail crime", ["Shoplifting"])],
        });
        return AssessmentResultsBuilder.Build(new AssessmentResultsSources("Test Community Safety Partnership", "Test area",
            new AreaDefinitionResult("lsoa_name_prefix", ["Test "]), Period, new DateOnly(2026, 1, 15), "OFFICIAL", counts, quality, trends));
    }

    [Fact]
    public void Build_CountsEachWholePeriodByCrimeTypeAndTheMonthsLoaded()
    {
        var document = Build();

        Assert.Equal([("Shoplifting", 240L, 110L), ("Arson", 3L, 0L)], document.CrimeCounts.Select(c => (c.CrimeType, c.CurrentCount, c.PreviousCount)));
        Assert.Equal((12, 11), (document.Run.CurrentMonthsLoaded, document.Run.ComparisonMonthsLoaded));
        Assert.Equal(("2025-01", "2025-12", "2024-01", "2024-12"), (document.Run.CurrentPeriod.First, document.Run.CurrentPeriod.Last, document.Run.ComparisonPeriod.First, document.Run.ComparisonPeriod.Last));
        Assert.Equal(("2026-01-15", "restricted"), (document.Run.ProducedOn, document.Run.Publication));
        Assert.Equal((24 * 30L, 23 * 25L), (document.InputFiles.Sum(f => f.RowsReadCount), document.InputFiles.Sum(f => f.InAreaCount)));
    }

    [Fact]
    public void Build_YearOnYearKeepsTheTrendRowsAndWritesUndefinedFiguresAsNull()
    {
        var document = Build();

        var shoplifting = document.YearOnYear.Single(r => r.Level == "crime_type" && r.Key == "Shoplifting");
        var arson = document.YearOnYear.Single(r => r.Level == "crime_type" && r.Key == "Arson");
        // Like for like: the refused March 2024 leaves 11 months compared.
        Assert.Equal((11, 110L, 220L, 2.0), (shoplifting.MonthsCompared, shoplifting.PreviousCount, shoplifting.CurrentCount, shoplifting.RateRatio!.Value));
        Assert.Equal((0L, 3L), (arson.PreviousCount, arson.CurrentCount));
        Assert.Null(arson.RateRatio);
        Assert.Equal(["Retail crime"], document.Priorities.Select(p => p.Name));
        Assert.Equal((110L, 220L), (document.Priorities[0].PreviousCount!.Value, document.Priorities[0].CurrentCount!.Value));
        Assert.Equal((null, null, null), (document.AreaProfile, document.ForceComparison, document.Prioritisation));
        Assert.Null(document.Measures);
        Assert.Empty(document.Hotspots);
        Assert.Empty(AssessmentSchema.Errors(AssessmentResultsJson.Serialize(document)));
    }
}
