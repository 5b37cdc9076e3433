using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;
using static Assessment.Core.Tests.Prioritisation.Candidates;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class PrioritisationSectionTests
{
    private static readonly AssessmentReportInput Input = new("Example CSP", "Canterbury", Period, new DateOnly(2026, 3, 5), "OFFICIAL",
        [new("Canterbury", new YearMonth(2025, 3), "Shoplifting", 90)], []);

    private static PrioritisationResult Result(ConsultationExtract? consultation = null) => Score(
        [
            Issue("crime-shoplifting", volume: 900, harm: 90, benchmark: RateVerdict.Higher, trend: Trend(700, 900, YoyVerdict.SignificantIncrease)),
            Issue("crime-burglary", volume: 300, harm: 600, benchmark: RateVerdict.Lower, trend: Trend(330, 300, YoyVerdict.NoSignificantChange)),
            Issue("crime-bicycle-theft", volume: 100, harm: 20),
            Issue("priority-young-people"),
        ],
        PrioritisationSettings.Default with { Recommend = 2 }, consultation);

    private static ReportSection Compose(PrioritisationResult result) =>
        Assert.Single(new PrioritisationSection(result).Compose(new ReportSectionContext(Input, CrimeCountSummary.From(Input))));

    [Fact]
    public void Compose_NamesEveryCandidateInTheTableAndTheChart()
    {
        var result = Result();
        var section = Compose(result);

        Assert.Equal(PrioritisationSection.PartKey, section.Id);
        var table = Assert.Single(section.Blocks.OfType<TableBlock>()).Table;
        table.Validate();
        Assert.Equal(["Rank", "Issue", "Volume", "Trend", "Harm", "Vulnerability", "Public concern", "Benchmark", "Total", "Rank range"], table.Columns.Select(c => c.Header));
        Assert.Equal(result.Candidates.Count, table.Rows.Count);
        foreach (var candidate in result.Candidates)
            Assert.Contains(table.Rows, r => r[1].Text!.StartsWith(candidate.Name, StringComparison.Ordinal));
        var chart = Assert.Single(section.Blocks.OfType<ChartBlock>());
        var issues = chart.Spec["data"]!["values"]!.AsArray().Select(v => v!["issue"]!.GetValue<string>()).Distinct().ToList();
        Assert.Equal(result.Candidates.Where(c => c.MeasuredCount > 0).Select(c => $"{c.Rank}. {c.Name}"), issues);
    }

    [Fact]
    public void Compose_HeatMatrix_LeavesCriteriaWithoutAnInputBlank()
    {
        var result = Result();

        var chart = Assert.Single(Compose(result).Blocks.OfType<ChartBlock>());

        var cells = chart.Spec["data"]!["values"]!.AsArray().Select(v => (v!["issue"]!.GetValue<string>(), v["criterion"]!.GetValue<string>())).ToHashSet();
        var expected = result.Candidates.SelectMany(c => c.Scores.Where(s => s.Measured).Select(s => ($"{c.Rank}. {c.Name}", s.Criterion.ToLabel()))).ToHashSet();
        Assert.Equal(expected, cells);
        Assert.DoesNotContain(cells, c => c.Item2 == "Vulnerability");
        var rows = chart.Spec["encoding"]!["y"]!["sort"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(result.Candidates.Select(c => $"{c.Rank}. {c.Name}"), rows);
    }

    [Fact]
    public void Compose_UnsetVulnerabilityShowsNotSetAndMissingInputsNa()
    {
        var table = Assert.Single(Compose(Result()).Blocks.OfType<TableBlock>()).Table;

        Assert.All(table.Rows, r => Assert.Equal("not set (3)", r[5].Text));
        var youngPeople = table.Rows.Single(r => r[1].Text == "Issue priority-young-people");
        Assert.Equal("n/a (3)", youngPeople[2].Text);
        Assert.Equal(3, youngPeople[2].Number);
    }

    [Fact]
    public void Compose_RecommendedPriorities_OneEvidenceParagraphEach()
    {
        var result = Result();
        var section = Compose(result);

        var recommended = section.Children.Single(c => c.Id == "prioritisation-recommended");
        Assert.Equal(result.RecommendedCandidates.Select(c => c.Evidence), recommended.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Equal(2, result.RecommendedCandidates.Count);
        var lead = section.Blocks.OfType<ParagraphBlock>().First().Text;
        Assert.Contains($"The matrix recommends two priorities: {result.RecommendedCandidates[0].Name} and {result.RecommendedCandidates[1].Name}.", lead, StringComparison.Ordinal);
        // A fall that is not significant is not called a fall.
        var burglary = result.Candidates.Single(c => c.Id == "crime-burglary").Evidence;
        Assert.Contains("Trend 2: no statistically significant change, 330 to 300", burglary, StringComparison.Ordinal);
        Assert.DoesNotContain("fell", burglary, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SyntheticConsultationAndUnusedThemes_AreSaid()
    {
        var consultation = new ConsultationExtract("consultation-synthetic.csv", 1, [new("Issue crime-burglary", 0.3, 600, 2), new("Litter", 0.2, 600, 3)], IsSynthetic: true);

        var section = Compose(Result(consultation));

        Assert.Contains(section.Blocks, b => b is CalloutBlock c && c.Text.Contains("SYNTHETIC consultation extract", StringComparison.Ordinal));
        var notes = Assert.Single(section.Blocks.OfType<BulletListBlock>());
        Assert.StartsWith("consultation-synthetic.csv, line 3, column 1 (theme): \u201cLitter\u201d", Assert.Single(notes.Items), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Compose_ResidentsViews_HaveTheirOwnSectionOnlyFromARealConsultation(bool synthetic, bool hasSection)
    {
        var consultation = new ConsultationExtract("survey.csv", 1, [new("Issue crime-burglary", 0.3, 600, 2)], IsSynthetic: synthetic);

        var section = Compose(Result(consultation));

        var views = section.Children.SingleOrDefault(c => c.Id == Assessment.Core.Reporting.Statutory.StatutoryChecklist.CommunityViewsSectionId);
        Assert.Equal(hasSection, views is not null);
        if (views is not null)
            Assert.Equal([0.3, 600.0], views.Blocks.OfType<TableBlock>().Single().Table.Rows.Single().Skip(1).Select(c => c.Number!.Value));
    }

    [Fact]
    public void Compose_WeightsAndTheirSource_AreStated()
    {
        var section = Compose(Result());

        Assert.Contains(section.Blocks, b => b is ParagraphBlock p && p.Text.StartsWith("Weights used (default (equal weights)): volume 1, trend 1, harm 1, vulnerability 1, public concern 1, benchmark 1.", StringComparison.Ordinal));
    }
}
