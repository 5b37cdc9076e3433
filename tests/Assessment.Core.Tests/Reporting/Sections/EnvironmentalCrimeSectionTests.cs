using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class EnvironmentalCrimeSectionTests
{
    private static readonly AssessmentReportInput Input = new("Example CSP", "Example", new AssessmentPeriod(new YearMonth(2025, 12), 12), new DateOnly(2026, 3, 5), "OFFICIAL", [], []);

    private static ReportSection Compose(AssessmentReportInput input) =>
        Assert.Single(new EnvironmentalCrimeSection().Compose(new ReportSectionContext(input, CrimeCountSummary.From(input))));

    private static FlyTippingRecord Row(string year, double total, double? population) =>
        new(year, "E07000106", "Canterbury", "South East", FlyTippingRowKind.LocalAuthority, total, population, null, 0);

    [Fact]
    public void Compose_NoFlyTippingData_SaysSoInOneLineWithoutTableOrChart()
    {
        var section = Compose(Input);

        Assert.Empty(section.Children);
        Assert.Equal(3, section.Blocks.Count);
        Assert.Contains("inputs.asb_cases", Assert.IsType<ParagraphBlock>(section.Blocks[1]).Text);
        Assert.Contains("inputs.flytipping", Assert.IsType<ParagraphBlock>(section.Blocks[2]).Text);
        Assert.DoesNotContain(section.Blocks, b => b is TableBlock or ChartBlock or CalloutBlock);
    }

    [Fact]
    public void Compose_WithData_GivesTableChartRatesAndTheRebasingCaveat()
    {
        var summary = FlyTippingSummary.From(
        [
            Row("2019-20", 1533, 165394), Row("2020-21", 2111, 166762), Row("2021-22", 2198, 156554),
            new("2021-22", "*Total", "*Total", "*Total England", FlyTippingRowKind.EnglandTotal, 1091019, 56536419, null, 0),
        ], ["E07000106"]);

        var child = Assert.Single(Compose(Input with { FlyTipping = summary }).Children);

        var text = string.Join(" ", child.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("2,198 fly-tipping incidents in 2021-22", text);
        Assert.Contains("1,533 in 2019-20 (+43%)", text);
        Assert.Contains("14.0 per 1,000, against 19.3 for England", text);
        Assert.Contains("6.1% lower than the 2020-21 estimate", text);
        Assert.Contains("no trend test", text);
        Assert.DoesNotContain("Census", text);
        var table = Assert.Single(child.Blocks.OfType<TableBlock>()).Table;
        Assert.Equal(3, table.Rows.Count);
        Assert.Contains("Open Government Licence v3.0", table.Source);
        Assert.Contains("31 January 2023", Assert.Single(child.Blocks.OfType<ChartBlock>()).Source);
    }

    [Fact]
    public void Compose_BasisRevisedInTheMetadata_WarnsAndQuotesTheNote()
    {
        const string note = "The 2019/20 reporting basis has also been updated for the following local authorities: Canterbury, Thanet.";
        var summary = FlyTippingSummary.From([Row("2019-20", 1533, 165394) with { ReportingBasis = "All incidents" }], ["E07000106"], notes: [note]);

        var child = Assert.Single(Compose(Input with { FlyTipping = summary }).Children);

        var caveat = Assert.Single(child.Blocks.OfType<CalloutBlock>());
        Assert.Equal(CalloutKind.Warning, caveat.Kind);
        Assert.Contains($"“{note}”", caveat.Text);
        Assert.Contains("2019-20 All incidents", caveat.Text);
    }

    [Fact]
    public void Compose_SteadyBasisAndNoNote_GivesTheBasisAsInformationOnly()
    {
        var summary = FlyTippingSummary.From([Row("2019-20", 1533, 165394) with { ReportingBasis = "All incidents" }, Row("2020-21", 2111, 166762) with { ReportingBasis = "All incidents" }], ["E07000106"]);

        var child = Assert.Single(Compose(Input with { FlyTipping = summary }).Children);

        Assert.Equal(CalloutKind.Info, Assert.Single(child.Blocks.OfType<CalloutBlock>()).Kind);
        Assert.DoesNotContain("rebased", string.Join(" ", child.Blocks.OfType<ParagraphBlock>().Select(p => p.Text)));
    }

    [Fact]
    public void Compose_Actions_GivesATableOfTheLatestYearsByTypeAndLinksTheWasteCrimeAction()
    {
        FlyTippingActionRecord Actions(string year, double total, double? notices) =>
            new(year, "E07000106", "Canterbury", FlyTippingRowKind.LocalAuthority, [new(FlyTippingActionTypes.Total, total), new("Statutory notices", notices)], 0);
        var years = new[] { "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22" };
        var summary = FlyTippingSummary.From([.. years.Select(y => Row(y, 1000, null))], ["E07000106"],
            actions: [.. years.Select((y, i) => Actions(y, 100 + i, i == 6 ? null : i))]);
        var input = Input with
        {
            FlyTipping = summary,
            ActionPlan = [new ActionPlanItem("Disrupt anti-social behaviour", "Support intervention by police in waste crimes", "", "", "", RagStatus.NotAssessed)],
        };

        var child = Assert.Single(Compose(input).Children);

        var table = child.Blocks.OfType<TableBlock>().Select(t => t.Table).Single(t => t.Id == "fly-tipping-actions");
        Assert.Equal(["Action", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22"], table.Columns.Select(c => c.Header));
        Assert.Equal([2.0, 3.0, 4.0, 5.0, null], table.Rows.Single().Skip(1).Select(c => c.Number));
        Assert.Equal(106, table.Totals![^1].Number);
        Assert.Contains(child.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("“Support intervention by police in waste crimes”", StringComparison.Ordinal));
    }
}
