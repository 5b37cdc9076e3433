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
        Assert.Equal(2, section.Blocks.Count);
        Assert.Contains("inputs.flytipping", Assert.IsType<ParagraphBlock>(section.Blocks[1]).Text);
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
        var table = Assert.Single(child.Blocks.OfType<TableBlock>()).Table;
        Assert.Equal(3, table.Rows.Count);
        Assert.Contains("Open Government Licence v3.0", table.Source);
        Assert.Contains("31 January 2023", Assert.Single(child.Blocks.OfType<ChartBlock>()).Source);
    }
}
