using System.Text.Json.Nodes;
using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class ReoffendingSectionTests
{
    private static readonly AssessmentReportInput Input = new("Example CSP", "Canterbury", new AssessmentPeriod(new YearMonth(2025, 12), 12), new DateOnly(2026, 3, 5), "OFFICIAL", [], []);

    private static ReportSection Compose(AssessmentReportInput input) =>
        Assert.Single(new ReoffendingSection().Compose(new ReportSectionContext(input, CrimeCountSummary.From(input))));

    private static ReoffendingRecord Row(int quarter, string code, ReoffendingAreaType type, long? offenders, long? reoffenders, long? reoffences = null) =>
        new($"Quarter {quarter}", new DateOnly(2022, 1, 1).AddMonths(3 * quarter), 3, code, type == ReoffendingAreaType.EnglandAndWales ? "England and Wales" : "Canterbury", type,
            ReoffendingOffenderType.Adult, offenders, reoffenders, reoffences, 0);

    private static ReoffendingSummary Summary(string file, params ReoffendingRecord[] rows) => ReoffendingSummary.From(rows, ["E07000106"], null, file);

    private static string Text(ReportSection section) =>
        string.Join(" ", section.SelfAndDescendants().SelectMany(s => s.Blocks).OfType<ParagraphBlock>().Select(p => p.Text));

    [Fact]
    public void Compose_NoExtract_SaysSoInOneLine()
    {
        var section = Compose(Input);

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(section.Blocks));
        Assert.Contains("inputs.reoffending", paragraph.Text);
        Assert.Empty(section.Children);
    }

    [Fact]
    public void Compose_ExtractWithoutTheArea_SaysSoInOneLine()
    {
        var summary = ReoffendingSummary.From([Row(0, "E07000106", ReoffendingAreaType.LocalAuthority, 100, 30)], ["E07000999"], null, "moj.csv");

        var section = Compose(Input with { Reoffending = summary });

        Assert.Contains("E07000999", Assert.IsType<ParagraphBlock>(Assert.Single(section.Blocks)).Text);
    }

    [Fact]
    public void Compose_SyntheticFile_IsMarkedPlainlyInTheTextAndEverySource()
    {
        var section = Compose(Input with { Reoffending = Summary("reoffending-synthetic.csv", Row(0, "E07000106", ReoffendingAreaType.LocalAuthority, 120, 36)) });

        var callout = Assert.IsType<CalloutBlock>(section.Blocks[0]);
        Assert.Contains("synthetic", callout.Text);
        Assert.Contains("not real", callout.Text);
        var child = Assert.Single(section.Children);
        Assert.All(child.Blocks.OfType<TableBlock>(), t => Assert.StartsWith("SYNTHETIC", t.Table.Source));
        Assert.All(child.Blocks.OfType<ChartBlock>(), c => Assert.StartsWith("SYNTHETIC", c.Source));
    }

    [Fact]
    public void Compose_PublishedFile_GivesPublisherLicenceAndCohortsInTheSource()
    {
        var summary = Summary("proven-reoffending-la.csv", Row(0, "E07000106", ReoffendingAreaType.LocalAuthority, 120, 36), Row(3, "E07000106", ReoffendingAreaType.LocalAuthority, 110, 30));

        var table = Compose(Input with { Reoffending = summary }).Children[0].Blocks.OfType<TableBlock>().Single().Table;

        Assert.Contains("Ministry of Justice", table.Source);
        Assert.Contains("Open Government Licence v3.0", table.Source);
        Assert.Contains("cohorts Quarter 0 to Quarter 3", table.Source);
        Assert.DoesNotContain(Compose(Input with { Reoffending = summary }).Blocks, b => b is CalloutBlock);
    }

    [Fact]
    public void Compose_IntervalIncludingTheComparator_NeverClaimsHigherOrLower()
    {
        // 30% of 120 against 25% of 100,000: the point is higher but the interval (22.5–38.7%) includes 25%.
        var summary = Summary("moj.csv",
            Row(0, "E07000106", ReoffendingAreaType.LocalAuthority, 120, 30), Row(0, "K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000),
            Row(1, "E07000106", ReoffendingAreaType.LocalAuthority, 120, 36, 108), Row(1, "K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000));

        var section = Compose(Input with { Reoffending = summary });
        var text = Text(section);

        Assert.Contains(ReoffendingSection.RuleSentence, text);
        Assert.Contains("Canterbury's interval includes England and Wales's proportion, so the data do not show that Canterbury differs from England and Wales", text);
        Assert.Contains("no rise or fall is claimed", text);
        Assert.DoesNotContain("is higher", text);
        Assert.DoesNotContain("is lower", text);
        Assert.Contains("36 of the 120 adult offenders living in Canterbury reoffended: 30.0% (95% interval 22.5–38.7%)", text);
        Assert.Contains("108 proven reoffences, 3.0 per reoffender", text);
        var table = section.Children[0].Blocks.OfType<TableBlock>().Single().Table;
        Assert.All(table.Rows, r => Assert.Equal("No clear difference", r[^1].Text));
    }

    [Fact]
    public void Compose_SeparateIntervals_ClaimTheDifference()
    {
        var summary = Summary("moj.csv",
            Row(0, "E07000106", ReoffendingAreaType.LocalAuthority, 400, 60), Row(0, "K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000),
            Row(1, "E07000106", ReoffendingAreaType.LocalAuthority, 400, 160), Row(1, "K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000));

        var text = Text(Compose(Input with { Reoffending = summary }));

        Assert.Contains("Canterbury's is higher: its interval lies above England and Wales's proportion.", text);
        Assert.Contains("the latest proportion is higher: the intervals do not overlap.", text);
        Assert.Contains("higher than England and Wales in 1 and lower in 1", text);
        Assert.Contains("can arise by chance", text);
    }

    [Fact]
    public void Compose_SuppressedCohort_IsBlankAndExplained()
    {
        var summary = Summary("moj.csv", Row(0, "E07000106", ReoffendingAreaType.LocalAuthority, 120, 36), Row(1, "E07000106", ReoffendingAreaType.LocalAuthority, 20, null));

        var child = Compose(Input with { Reoffending = summary }).Children[0];

        Assert.Contains("No figure is given for Quarter 1", Text(child));
        var row = child.Blocks.OfType<TableBlock>().Single().Table.Rows[1];
        Assert.Equal("–", row[2].Text);
        Assert.Equal(20, row[1].Number);
        var chart = child.Blocks.OfType<ChartBlock>().Single();
        Assert.Single(chart.Spec["data"]!["values"]!.AsArray());
    }

    [Fact]
    public void Compose_Chart_DrawsEachIntervalFromItsWilsonLimits()
    {
        var summary = Summary("moj.csv", Row(0, "E07000106", ReoffendingAreaType.LocalAuthority, 120, 36), Row(0, "K04000001", ReoffendingAreaType.EnglandAndWales, 100000, 25000));

        var chart = Compose(Input with { Reoffending = summary }).Children[0].Blocks.OfType<ChartBlock>().Single();

        var values = chart.Spec["data"]!["values"]!.AsArray().Select(v => v!.AsObject()).ToList();
        var local = values.Single(v => (string)v["series"]! == "Canterbury");
        // Reference: statsmodels proportion_confint(36, 120, method="wilson") = (0.22525624224274568, 0.3871514243247358).
        Assert.Equal(0.22525624224274568, (double)local["lower"]!, 12);
        Assert.Equal(0.3871514243247358, (double)local["upper"]!, 12);
        var layers = chart.Spec["layer"]!.AsArray();
        Assert.Equal("rule", (string)layers[0]!["mark"]!["type"]!);
        Assert.Equal("upper", (string)layers[0]!["encoding"]!["y2"]!["field"]!);
        Assert.Equal(2, values.Count);
    }
}
