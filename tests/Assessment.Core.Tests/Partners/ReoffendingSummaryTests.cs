using Assessment.Core.Partners;
using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Partners;

public sealed class ReoffendingSummaryTests
{
    private static ReoffendingRecord Row(string code, ReoffendingAreaType type, long? offenders, long? reoffenders, int quarter = 0,
        ReoffendingOffenderType offender = ReoffendingOffenderType.Adult, string? name = null) =>
        new($"Q{quarter}", new DateOnly(2022, 1, 1).AddMonths(3 * quarter), 3, code, name ?? code, type, offender, offenders, reoffenders, reoffenders * 3, 0);

    private const ReoffendingAreaType La = ReoffendingAreaType.LocalAuthority;

    [Fact]
    public void From_TwoDistricts_SumsTheirCohortsAndComparesWithEnglandAndWales()
    {
        var summary = ReoffendingSummary.From(
        [
            Row("E07000105", La, 100, 30), Row("E07000106", La, 120, 36),
            Row("E10000016", ReoffendingAreaType.County, 2000, 500, name: "Kent"),
            Row("K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000, name: "England and Wales"),
        ], ["E07000105", "E07000106"], "Kent", "moj.csv");

        var point = Assert.Single(Assert.Single(summary.Series).Points);
        Assert.Equal((220L, 66L, 198L), (point.Local!.Offenders, point.Local.Reoffenders, point.Local.Reoffences!.Value));
        Assert.Equal(0.3, point.Local.Proportion!.Value, 12);
        Assert.Equal(ProportionInterval.Wilson(66, 220), point.Local.Interval);
        Assert.Equal(("England and Wales", 100000L), (summary.ComparatorName, point.Comparator!.Offenders));
        Assert.False(summary.Synthetic);
    }

    [Fact]
    public void From_NoEnglandAndWalesRows_UsesTheConfiguredCounty()
    {
        var summary = ReoffendingSummary.From(
            [Row("E07000106", La, 120, 36), Row("E10000016", ReoffendingAreaType.County, 2000, 500, name: "Kent"), Row("E10000012", ReoffendingAreaType.County, 3000, 600, name: "Essex")],
            ["E07000106"], "kent", "reoffending-SYNTHETIC.csv");

        Assert.Equal("Kent", summary.ComparatorName);
        Assert.Equal(2000, summary.Series[0].Points[0].Comparator!.Offenders);
        Assert.True(summary.Synthetic);
    }

    [Fact]
    public void From_ADistrictMissingOrSuppressed_LeavesThePeriodBlankNotPartial()
    {
        var summary = ReoffendingSummary.From(
            [Row("E07000105", La, 100, 30, 0), Row("E07000106", La, 120, null, 0), Row("E07000105", La, 100, 30, 1)],
            ["E07000105", "E07000106"], null, "moj.csv");

        var points = summary.Series[0].Points;
        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.Null(p.Local));
        Assert.Equal([220L, null], points.Select(p => p.Offenders));
        Assert.Empty(summary.Series[0].Known);
        Assert.Null(summary.ComparatorName);
    }

    [Fact]
    public void From_ConfiguredCodeAbsent_IsListedAsMissing()
    {
        var summary = ReoffendingSummary.From([Row("E07000106", La, 120, 36)], ["E07000106", "E07000999"], null, "moj.csv");

        Assert.Equal(["E07000999"], summary.MissingCodes);
    }

    [Fact]
    public void From_AdultsAndJuveniles_GiveOneSeriesEachAdultsFirst()
    {
        var summary = ReoffendingSummary.From(
            [Row("E07000106", La, 15, 5, offender: ReoffendingOffenderType.Juvenile), Row("E07000106", La, 120, 36)],
            ["E07000106"], null, "moj.csv");

        Assert.Equal([ReoffendingOffenderType.Adult, ReoffendingOffenderType.Juvenile], summary.Series.Select(s => s.OffenderType));
    }

    [Fact]
    public void Comparison_OverlappingIntervalsAreNoClearDifferenceEvenWithADifferentPoint()
    {
        // 36/120 = 30% against 25% nationally: the Wilson interval (22.5%, 38.7%) contains 25%, so no difference is claimed.
        var summary = ReoffendingSummary.From(
            [Row("E07000106", La, 120, 36), Row("K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000)], ["E07000106"], null, "moj.csv");

        Assert.Equal(ReoffendingComparison.NoClearDifference, summary.Series[0].Points[0].VersusComparator);
    }

    [Fact]
    public void Comparison_SeparateIntervalsAreHigherOrLower()
    {
        var summary = ReoffendingSummary.From(
        [
            Row("E07000106", La, 400, 160, 0), Row("K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000, 0),
            Row("E07000106", La, 400, 60, 1), Row("K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000, 1),
        ], ["E07000106"], null, "moj.csv");

        var series = summary.Series[0];
        Assert.Equal([ReoffendingComparison.Higher, ReoffendingComparison.Lower], series.Points.Select(p => p.VersusComparator!.Value));
        Assert.Equal(ReoffendingComparison.Lower, series.LatestVersusEarliest);
    }

    [Theory]
    [InlineData(0.1, 0.2, 0.3, 0.4, ReoffendingComparison.Lower)]
    [InlineData(0.3, 0.4, 0.1, 0.2, ReoffendingComparison.Higher)]
    [InlineData(0.1, 0.3, 0.3, 0.4, ReoffendingComparison.NoClearDifference)]
    [InlineData(0.1, 0.5, 0.2, 0.3, ReoffendingComparison.NoClearDifference)]
    public void Rule_ClaimsADifferenceOnlyWhenIntervalsDoNotOverlap(double l1, double u1, double l2, double u2, ReoffendingComparison expected)
    {
        Assert.Equal(expected, ReoffendingComparisonRule.Compare(new ConfidenceInterval(l1, u1), new ConfidenceInterval(l2, u2)));
    }

    [Fact]
    public void Rate_PerReoffenderNeedsReoffencesAndReoffenders()
    {
        Assert.Equal(2.5, new ReoffendingRate(10, 4, 10).ReoffencesPerReoffender);
        Assert.Null(new ReoffendingRate(10, 0, 0).ReoffencesPerReoffender);
        Assert.Null(new ReoffendingRate(10, 4, null).ReoffencesPerReoffender);
        Assert.Null(new ReoffendingRate(0, 0, null).Proportion);
    }

    [Theory]
    [InlineData(0.257, 0.347, 0.25, ReoffendingComparison.Higher)]            // intervals of a small comparator could overlap; the rule looks at its proportion
    [InlineData(0.10, 0.20, 0.25, ReoffendingComparison.Lower)]
    [InlineData(0.20, 0.30, 0.25, ReoffendingComparison.NoClearDifference)]
    [InlineData(0.25, 0.30, 0.25, ReoffendingComparison.NoClearDifference)]   // touching the proportion counts as including it
    public void AgainstComparator_IsHigherOrLowerOnlyWhenTheIntervalExcludesTheComparatorsProportion(double lower, double upper, double comparator, ReoffendingComparison expected)
    {
        Assert.Equal(expected, ReoffendingComparisonRule.AgainstComparator(new ConfidenceInterval(lower, upper), comparator));
    }
}
