using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>Two wards with one name (as Dartford and Gravesham's two "Town" wards) stay two series, keyed by code.</summary>
public sealed class SameNameWardTests
{
    private static readonly YearMonth Jan2024 = new(2024, 1);
    private static readonly Ward DartfordTown = new("E05000101", "Town");
    private static readonly Ward GraveshamTown = new("E05000202", "Town");

    private static (TrendFindings Findings, TrendInput Input) Run()
    {
        var months = TrendInputs.Months(Jan2024, 24);
        var input = TrendInputs.Build(new YearMonth(2025, 12), 12, months,
            new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Burglary"] = months.ToDictionary(m => m, _ => 30L) });
        // Per month: the first Town 10 in both years; the second 20 in 2024 and 20 in 2025; all 30 records lie in a ward.
        var counts = months.SelectMany(m => new[]
        {
            new WardMonthlyCount(DartfordTown.Code, m, "Burglary", 10),
            new WardMonthlyCount(GraveshamTown.Code, m, "Burglary", 20),
        }).ToList();
        var wards = new WardCounts([GraveshamTown, DartfordTown], counts, 30, 0, "wards.geojson");
        var withWards = input with { Wards = wards };
        return (TrendAnalysis.Run(withWards), withWards);
    }

    [Fact]
    public void Run_TwoWardsCalledTown_AreTwoSeriesKeyedByCodeAndLabelledByName()
    {
        var wards = Run().Findings.YearOnYearAt(ComparisonLevel.Ward);

        Assert.Equal([DartfordTown.Code, GraveshamTown.Code], wards.Select(w => w.Series.Key));
        Assert.All(wards, w => Assert.Equal("Town", w.Series.Label));
        Assert.Equal([10L * 12, 20L * 12], wards.Select(w => w.Current));
        Assert.Equal(2, Run().Findings.Monthly.Count(m => m.Series.Level == ComparisonLevel.Ward));
    }

    [Fact]
    public void Compose_TwoWardsCalledTown_WardTableTellsThemApartByCode()
    {
        var (findings, input) = Run();
        var report = new AssessmentReportInput("Test CSP", "Test", input.Period, new DateOnly(2026, 1, 1), "OFFICIAL", input.Counts, input.Quality);
        var document = StrategicAssessmentComposer.For(new ReportResults { Trends = findings }).Compose(report);

        var table = document.AllSections().Single(s => s.Id == "overview-wards").Blocks.OfType<TableBlock>().Single().Table;
        Assert.Equal([$"Town ({DartfordTown.Code})", $"Town ({GraveshamTown.Code})"], table.Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void SeriesKey_SameLevelAndKeyWithAnotherLabel_IsTheSameSeries()
    {
        Assert.Equal(new SeriesKey(ComparisonLevel.Ward, "E05000101", "Town"), new SeriesKey(ComparisonLevel.Ward, "E05000101", "Town Centre"));
        Assert.NotEqual(new SeriesKey(ComparisonLevel.Ward, "E05000101", "Town"), new SeriesKey(ComparisonLevel.Ward, "E05000202", "Town"));
        Assert.NotEqual(new SeriesKey(ComparisonLevel.Ward, "x"), new SeriesKey(ComparisonLevel.Theme, "x"));
        Assert.Equal(new SeriesKey(ComparisonLevel.Ward, "E05000101", "Town").GetHashCode(), new SeriesKey(ComparisonLevel.Ward, "E05000101", "Other").GetHashCode());
    }

    [Fact]
    public void SeriesLabels_OnlySharedLabelsGetTheirCode()
    {
        var label = SeriesLabels.Distinct([new SeriesKey(ComparisonLevel.Ward, "A1", "Town"), new SeriesKey(ComparisonLevel.Ward, "B2", "town"), new SeriesKey(ComparisonLevel.Ward, "C3", "Abbey")]);

        Assert.Equal("Town (A1)", label(new SeriesKey(ComparisonLevel.Ward, "A1", "Town")));
        Assert.Equal("town (B2)", label(new SeriesKey(ComparisonLevel.Ward, "B2", "town")));
        Assert.Equal("Abbey", label(new SeriesKey(ComparisonLevel.Ward, "C3", "Abbey")));
    }
}
