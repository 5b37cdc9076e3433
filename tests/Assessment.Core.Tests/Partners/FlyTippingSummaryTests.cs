using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

public sealed class FlyTippingSummaryTests
{
    private static FlyTippingRecord La(string year, string code, double? total, double? population = null) =>
        new(year, code, code == "E07000105" ? "Ashford" : "Canterbury", "South East", FlyTippingRowKind.LocalAuthority, total, population, null, 0);

    private static FlyTippingRecord England(string year, string label, double total, double? population = null) =>
        new(year, "*Total", "*Total", label, FlyTippingRowKind.EnglandTotal, total, population, null, 0);

    [Fact]
    public void From_TwoDistricts_SumsIncidentsAndPopulationAndGivesRates()
    {
        var summary = FlyTippingSummary.From(
        [
            La("2020-21", "E07000106", 2111, 166762), La("2020-21", "E07000105", 900, 133000), La("2020-21", "E07000107", 5000, 100000),
            England("2020-21", "*Total England", 1138347, 56550138),
        ], ["E07000106", "E07000105"]);

        var year = Assert.Single(summary.Years);
        Assert.Equal((3011.0, 299762.0), (year.Incidents!.Value, year.Population!.Value));
        Assert.Equal(1000 * 3011 / 299762.0, year.RatePer1000!.Value, 12);
        Assert.Equal(1000 * 1138347 / 56550138.0, year.EnglandRatePer1000!.Value, 12);
        Assert.Equal(["Ashford", "Canterbury"], summary.DistrictNames);
        Assert.Empty(summary.MissingCodes);
    }

    [Fact]
    public void From_ADistrictMissingOrSuppressedInAYear_LeavesThatYearsTotalUnknown()
    {
        var summary = FlyTippingSummary.From(
            [La("2012-13", "E07000106", 1664), La("2012-13", "E07000105", null), La("2013-14", "E07000106", 2027)],
            ["E07000106", "E07000105"]);

        Assert.All(summary.Years, y => Assert.Null(y.Incidents));
        Assert.Empty(summary.Known);
        Assert.Null(summary.Trend);
    }

    [Fact]
    public void From_TwoEnglandTotalsInAYear_UsesTheOriginalSeries()
    {
        var summary = FlyTippingSummary.From(
            [La("2018-19", "E07000106", 1197), England("2018-19", "*Total England (comparable with 2019/20)", 957157), England("2018-19", "*Total England (original)", 1072468)],
            ["E07000106"]);

        Assert.Equal(1072468, summary.Years[0].EnglandIncidents);
    }

    [Fact]
    public void From_EightYears_TestsTheTrendOnTheYearlyTotals()
    {
        double[] totals = [10, 12, 11, 14, 15, 13, 17, 18];
        var summary = FlyTippingSummary.From(totals.Select((t, i) => La($"{2012 + i}-{(13 + i) % 100:D2}", "E07000106", t)).ToList(), ["E07000106"]);

        // scipy.stats.norm: S = 22, Var(S) = 65.33, continuity-corrected Z = 2.598, two-sided p = 0.0093748.
        Assert.Equal(22, summary.Trend!.S);
        Assert.Equal(0.0093748, summary.Trend.PValue, 1e-6);
    }

    [Fact]
    public void From_SevenYears_MakesNoTrendTest()
    {
        var summary = FlyTippingSummary.From(Enumerable.Range(0, 7).Select(i => La($"{2012 + i}-{(13 + i) % 100:D2}", "E07000106", 100 + i)).ToList(), ["E07000106"]);

        Assert.Null(summary.Trend);
        Assert.Equal(7, summary.Known.Count);
    }

    [Fact]
    public void From_CodeNotInTheTable_IsListedAsMissing()
    {
        var summary = FlyTippingSummary.From([La("2020-21", "E07000106", 2111)], ["E07000106", "E07000999"]);

        Assert.Equal(["E07000999"], summary.MissingCodes);
        Assert.Null(summary.Years[0].Incidents);
    }
}
