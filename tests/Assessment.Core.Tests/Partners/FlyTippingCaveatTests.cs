using Assessment.Core.Partners;

namespace Assessment.Core.Tests.Partners;

/// <summary>What the fly-tipping summary reads from the data for its caveats: basis changes, Metadata notes, population jumps, actions.</summary>
public sealed class FlyTippingCaveatTests
{
    private static FlyTippingRecord La(string year, double total, double? population, string? basis, string code = "E07000106", string name = "Canterbury") =>
        new(year, code, name, "South East", FlyTippingRowKind.LocalAuthority, total, population, basis, 0);

    private static FlyTippingActionRecord Actions(string year, string code, double? total, double? notices) =>
        new(year, code, "x", FlyTippingRowKind.LocalAuthority, [new(FlyTippingActionTypes.Total, total), new("Statutory notices", notices)], 0);

    [Fact]
    public void BasisChanges_FindsADifferentBasisOrAChangeDuringTheYear()
    {
        var summary = FlyTippingSummary.From(
            [La("2019-20", 10, 1000, "All incidents"), La("2020-21", 10, 1000, "Customer/public reported only"),
             La("2021-22", 10, 1000, "Customer/public reported only")], ["E07000106"]);
        var changedDuring = FlyTippingSummary.From(
            [La("2019-20", 10, 1000, "All incidents"), La("2020-21", 10, 1000, "Reporting basis changed during the year")], ["E07000106"]);
        var steady = FlyTippingSummary.From([La("2019-20", 10, 1000, "All incidents"), La("2020-21", 10, 1000, "All incidents")], ["E07000106"]);

        Assert.Equal([("2019-20", "2020-21")], summary.BasisChanges);
        Assert.Equal([("2019-20", "2020-21")], changedDuring.BasisChanges);
        Assert.Empty(steady.BasisChanges);
    }

    [Fact]
    public void BasisNotes_QuotesOnlyTheMetadataSentenceNamingTheDistrict()
    {
        string[] notes =
        [
            "In the 2020/21 release revisions were made to 2019/20 incidents data for Redcar and Cleveland. The 2019/20 reporting basis has also been updated for the following local authorities: Basingstoke and Deane, Canterbury, Thanet.",
            "Incidents data for Canterbury were revised.",
            "The 2019/20 reporting basis has been updated for Canterburyton.",
        ];

        var summary = FlyTippingSummary.From([La("2019-20", 10, 1000, "All incidents")], ["E07000106"], notes: notes);
        var thanet = FlyTippingSummary.From([La("2019-20", 10, 1000, "All incidents", "E07000114", "Thanet")], ["E07000114"], notes: notes);
        var ashford = FlyTippingSummary.From([La("2019-20", 10, 1000, "All incidents", "E07000105", "Ashford")], ["E07000105"], notes: notes);

        Assert.Equal(["The 2019/20 reporting basis has also been updated for the following local authorities: Basingstoke and Deane, Canterbury, Thanet."], summary.BasisNotes);
        Assert.Single(thanet.BasisNotes);
        Assert.Empty(ashford.BasisNotes);
    }

    [Fact]
    public void PopulationJumps_OnlyChangesAboveTheThreshold()
    {
        var summary = FlyTippingSummary.From(
            [La("2019-20", 1533, 165394, null), La("2020-21", 2111, 166762, null), La("2021-22", 2198, 156554, null)], ["E07000106"]);

        var jump = Assert.Single(summary.PopulationJumps);
        Assert.Equal(("2020-21", "2021-22"), (jump.Before.Year, jump.Year.Year));
        Assert.Equal(156554 / 166762.0 - 1, jump.Change, 12);
    }

    [Fact]
    public void Actions_SumOverTheDistrictsAndAreUnknownWhenOneIsSuppressed()
    {
        var summary = FlyTippingSummary.From(
            [La("2021-22", 10, 1000, null), La("2021-22", 20, 1000, null, "E07000105", "Ashford")], ["E07000106", "E07000105"],
            actions: [Actions("2021-22", "E07000106", 129, 2), Actions("2021-22", "E07000105", 71, null), Actions("2021-22", "E07000107", 5000, 5)]);

        var year = Assert.Single(summary.Actions);
        Assert.Equal(200, year.Of(FlyTippingActionTypes.Total));
        Assert.Null(year.Of("Statutory notices"));
    }
}
