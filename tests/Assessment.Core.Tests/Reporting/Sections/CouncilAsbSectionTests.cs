using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class CouncilAsbSectionTests
{
    private static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    private static readonly AssessmentReportInput Input = new("Example CSP", "Example", Period, new DateOnly(2026, 3, 5), "OFFICIAL",
        [
            new MonthlyCount("Example", new YearMonth(2024, 3), CouncilAsbSection.PoliceUkAsb, 70),
            new MonthlyCount("Example", new YearMonth(2025, 3), CouncilAsbSection.PoliceUkAsb, 90),
            new MonthlyCount("Example", new YearMonth(2025, 4), CouncilAsbSection.PoliceUkAsb, 110),
            new MonthlyCount("Example", new YearMonth(2025, 4), "Burglary", 500),
        ], [])
    {
        ActionPlan =
        [
            new ActionPlanItem("Disrupt anti-social behaviour", "Tackle\u00a0graffiti", "", "", "", RagStatus.NotAssessed),
            new ActionPlanItem("Disrupt anti-social behaviour", "Offer bystander training", "", "", "", RagStatus.NotAssessed),
        ],
    };

    private static ReportSection Compose(AssessmentReportInput input) =>
        Assert.Single(new EnvironmentalCrimeSection().Compose(new ReportSectionContext(input, CrimeCountSummary.From(input))));

    private static AsbCaseSummary Summary(string source)
    {
        var n = 0;
        AsbCase Case(int year, int month, string category) =>
            new($"C{++n}", new YearMonth(year, month), null, category, "E05010410", null, null, null, null, null, null, "Council", "Closed", n + 1);
        var cases = Enumerable.Range(1, 12).SelectMany(m => new[] { Case(2024, m, "Graffiti"), Case(2025, m, "Graffiti"), Case(2025, m, "Graffiti"), Case(2025, m, "Graffiti"), Case(2025, m, "Graffiti"), Case(2025, m, "Noise") }).ToList();
        return AsbCaseSummary.From(source, cases, Period, TrendOptions.Default, null, null);
    }

    [Fact]
    public void Compose_NoCaseLog_SaysSoInOneLine()
    {
        var section = Compose(Input);

        Assert.Empty(section.Children);
        Assert.Single(section.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("inputs.asb_cases", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_CaseLog_ShowsPoliceAsbBesideItNeverSummedAndSaysWhy()
    {
        var asb = Assert.Single(Compose(Input with { AsbCases = Summary("council-asb.csv") }).Children);

        var beside = asb.Blocks.OfType<TableBlock>().Select(t => t.Table).Single(t => t.Id == "council-asb-beside-police");
        Assert.Equal(2, beside.Rows.Count);
        Assert.Null(beside.Totals);
        Assert.Equal((12.0, 60.0), (beside.Rows[0][2].Number!.Value, beside.Rows[0][3].Number!.Value));
        Assert.Equal((70.0, 200.0), (beside.Rows[1][2].Number!.Value, beside.Rows[1][3].Number!.Value));
        Assert.Equal("1 of 12; 2 of 12", beside.Rows[1][4].Text);
        Assert.Contains(asb.Blocks.OfType<CalloutBlock>(), c => c.Text == CouncilAsbSection.NotAddedReason);
        Assert.DoesNotContain(asb.Blocks.OfType<CalloutBlock>(), c => c.Text.Contains("synthetic", StringComparison.Ordinal));
        Assert.Contains("not published", beside.Source);
    }

    [Fact]
    public void Compose_CaseLog_CategoryTableHasTheVerdictsAndTheActionPlanLinkComesFromThePlanText()
    {
        var asb = Assert.Single(Compose(Input with { AsbCases = Summary("council-asb.csv") }).Children);

        var categories = asb.Blocks.OfType<TableBlock>().Select(t => t.Table).Single(t => t.Id == "council-asb-by-category");
        Assert.Equal(["Graffiti", "Noise"], categories.Rows.Select(r => r[0].Text));
        Assert.Equal(AsbCaseSummary.AllCasesLabel, categories.Totals![0].Text);
        Assert.Equal("Significant increase", categories.Rows[0][^1].Text);
        var link = Assert.Single(Assert.Single(asb.Blocks.OfType<BulletListBlock>()).Items);
        Assert.StartsWith("“Tackle\u00a0graffiti” (Disrupt anti-social behaviour): 48 graffiti cases", link, StringComparison.Ordinal);
        // The overall verdict is in words, with the ratio left to the table beside it.
        var total = categories.Totals!;
        var summary = Assert.Single(asb.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("cases against", StringComparison.Ordinal)).Text;
        Assert.Contains($"it records {total[2].Text ?? ReportNumbers.FormatCount((long)total[2].Number!.Value)} cases against {total[1].Text ?? ReportNumbers.FormatCount((long)total[1].Number!.Value)} a year earlier ({total[^1].Text!.ToLowerInvariant()}, judged by the same test", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("rate ratio", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SyntheticLog_SaysSoInACalloutAndTheSourceNote()
    {
        var asb = Assert.Single(Compose(Input with { AsbCases = Summary("council-asb-cases-synthetic.csv") }).Children);

        Assert.Contains(asb.Blocks.OfType<CalloutBlock>(), c => c.Kind == CalloutKind.Warning && c.Text.Contains("synthetic sample", StringComparison.Ordinal));
        Assert.All(asb.Blocks.OfType<TableBlock>(), t => Assert.StartsWith("Synthetic council ASB case log", t.Table.Source, StringComparison.Ordinal));
    }
}
