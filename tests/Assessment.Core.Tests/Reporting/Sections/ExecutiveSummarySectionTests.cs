using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Tests.Trends;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

/// <summary>The executive summary of the Canterbury sample, with hand-made priorities, plan progress and changes.</summary>
public sealed class ExecutiveSummarySectionTests
{
    private static TrendFindings Findings => SampleTrendReport.Findings;

    private static AssessmentReportInput Input => SampleTrendReport.Input;

    private static ReportSection Summary(ReportResults results) =>
        StrategicAssessmentComposer.For(results).Compose(Input).Sections.Single(s => s.Id == ExecutiveSummarySection.PartKey);

    // The blocks between a minor heading and the next one.
    private static List<ReportBlock> Under(ReportSection section, string heading)
    {
        var blocks = section.Blocks.ToList();
        var at = blocks.FindIndex(b => b is HeadingBlock h && h.Text == heading);
        Assert.True(at >= 0, $"No heading \"{heading}\".");
        return blocks.Skip(at + 1).TakeWhile(b => b is not HeadingBlock).ToList();
    }

    private static IReadOnlyList<string> Headings(ReportSection section) => section.Blocks.OfType<HeadingBlock>().Select(h => h.Text).ToList();

    [Fact]
    public void SignificantChanges_ListsEverySignificantTypeAndThemeWithItsCountsAndNoOther()
    {
        // The sample has no significant change, so two of its comparisons are marked significant by hand.
        var shoplifting = new SeriesKey(ComparisonLevel.CrimeType, "Shoplifting");
        var theme = Findings.YearOnYearAt(ComparisonLevel.Theme)[0].Series;
        var marked = Findings with
        {
            YearOnYear = [.. Findings.YearOnYear.Select(f => f.Series == shoplifting ? f with { Verdict = YoyVerdict.SignificantIncrease }
                : f.Series == theme ? f with { Verdict = YoyVerdict.SignificantDecrease } : f)],
        };
        var expected = marked.YearOnYear.Where(f => f.Series == shoplifting || f.Series == theme).ToList();

        var lines = Assert.IsType<BulletListBlock>(Assert.Single(Under(Summary(new ReportResults { Trends = marked }), "Significant changes"))).Items;

        Assert.Equal(expected.Count, lines.Count);
        foreach (var (finding, line) in expected.OrderBy(f => f.Series.Level).Zip(lines))
        {
            var verb = finding.Verdict == YoyVerdict.SignificantIncrease ? " rose from " : " fell from ";
            Assert.Contains(verb + ReportNumbers.FormatCount(finding.Previous) + " to " + ReportNumbers.FormatCount(finding.Current), line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SignificantChanges_NoneSignificant_SaysSoAndListsNone()
    {
        Assert.DoesNotContain(Findings.YearOnYear, f => f.Verdict.IsChange());

        var summary = Summary(new ReportResults { Trends = Findings });

        var block = Assert.Single(Under(summary, "Significant changes"));
        Assert.StartsWith("No crime type or priority theme changed significantly between the four months compared", Assert.IsType<ParagraphBlock>(block).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Blocks.OfType<BulletListBlock>().SelectMany(b => b.Items), i => i.Contains(" rose from ", StringComparison.Ordinal) || i.Contains(" fell from ", StringComparison.Ordinal));
        Assert.DoesNotContain(Under(summary, "Recommendations").OfType<BulletListBlock>().Single().Items, i => i.Contains("rise", StringComparison.Ordinal));
    }

    [Fact]
    public void KeyFindings_TotalStatesTheComparedCountsOfTheAreaFinding()
    {
        var total = Findings.YearOnYearOf(SeriesKey.Area)!;

        var findings = Assert.IsType<BulletListBlock>(Assert.Single(Under(Summary(new ReportResults { Trends = Findings }), "Key findings"))).Items;

        var months = Input.Period.Current.Months().ToHashSet();
        Assert.StartsWith(ReportNumbers.FormatCount(Input.MonthlyCounts.Where(c => months.Contains(c.Month)).Sum(c => c.Count)) + " crimes", findings[0], StringComparison.Ordinal);
        Assert.Contains($"went from {ReportNumbers.FormatCount(total.Previous)} to {ReportNumbers.FormatCount(total.Current)}", findings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void InputsGiven_PrioritiesProgressAndChangesAppearWithTheirEvidence()
    {
        var inputs = new ExecutiveSummaryInputs
        {
            Priorities = [new PriorityEvidence("Violence in the night-time economy", "Ranked 1st of 9: highest harm score (4.6)."), new PriorityEvidence("Shoplifting", "Ranked 2nd of 9: significant rise.")],
            PlanProgress =
            [
                new MeasureProgress("Reduce violence in the city centre", RagStatus.Red, "1,204 to 1,310 offences; a significant rise."),
                new MeasureProgress("Hold ASB at 2024 levels", RagStatus.Green, "2,010 to 1,980; broadly stable."),
                new MeasureProgress("Open a youth hub", RagStatus.Amber, "As reported in the plan."),
            ],
            ChangesSincePrevious = ["Shoplifting entered the priorities at rank 2."],
        };

        var summary = Summary(new ReportResults { Trends = Findings, Summary = inputs });

        Assert.Equal(["**1. Violence in the night-time economy:** Ranked 1st of 9: highest harm score (4.6).", "**2. Shoplifting:** Ranked 2nd of 9: significant rise."],
            Assert.IsType<BulletListBlock>(Assert.Single(Under(summary, "Recommended priorities"))).Items);
        var progress = Under(summary, "Progress on the previous plan");
        Assert.Equal("Of 3 measures: 1 green, 1 amber, 1 red.", Assert.IsType<ParagraphBlock>(progress[0]).Text);
        Assert.Contains("**Reduce violence in the city centre** (Red): 1,204 to 1,310 offences; a significant rise.", Assert.IsType<BulletListBlock>(progress[1]).Items);
        Assert.Contains(Under(summary, "Significant changes"), b => b is BulletListBlock { Items: ["Shoplifting entered the priorities at rank 2."] });
        var recommendations = Assert.IsType<BulletListBlock>(Assert.Single(Under(summary, "Recommendations"))).Items;
        Assert.Contains("Adopt the 2 recommended priorities above, in their order, as the basis of the partnership plan.", recommendations);
        Assert.Contains("Review the 1 measure rated Red: Reduce violence in the city centre.", recommendations);
    }

    [Fact]
    public void InputsAbsent_LeavesTheirPartsOutAndClaimsNoPriorityOrStatus()
    {
        var summary = Summary(new ReportResults { Trends = Findings });

        Assert.DoesNotContain("Recommended priorities", Headings(summary));
        Assert.DoesNotContain("Progress on the previous plan", Headings(summary));
        Assert.DoesNotContain("Where the hotspots are", Headings(summary));
        var recommendations = Assert.IsType<BulletListBlock>(Assert.Single(Under(summary, "Recommendations"))).Items;
        Assert.DoesNotContain(recommendations, r => r.StartsWith("Adopt", StringComparison.Ordinal) || r.StartsWith("Review the", StringComparison.Ordinal));
        // Without a previous assessment or a prioritisation, the gaps are named and asked for.
        Assert.Contains(recommendations, r => r.StartsWith("Before the next assessment, supply what the statutory checklist appendix lists under information gaps (", StringComparison.Ordinal)
            && r.Contains("changes since the previous strategic assessment", StringComparison.Ordinal) && r.Contains("the priorities the partnership should adopt", StringComparison.Ordinal));
    }

    [Fact]
    public void Caveats_CountTheMissingStatutoryElementsOfTheChecklist()
    {
        var document = StrategicAssessmentComposer.For(new ReportResults { Trends = Findings }).Compose(Input);
        var checklistRows = document.Tables().Single(t => t.Id == "statutory-checklist-table").Rows;
        var missing = checklistRows.Count(r => r[3].Text!.StartsWith("Missing", StringComparison.Ordinal));

        var caveats = Assert.IsType<BulletListBlock>(Assert.Single(Under(document.Sections.Single(s => s.Id == ExecutiveSummarySection.PartKey), "Data caveats"))).Items;

        Assert.Contains($"This run does not cover {missing} of the {checklistRows.Count} elements the regulations ask for (listed in the statutory checklist appendix).", caveats);
        Assert.Contains(caveats, c => c.StartsWith("Only four months could be compared like for like (January to April 2025", StringComparison.Ordinal) && c.EndsWith("Changes are measured over those months only.", StringComparison.Ordinal));
    }
}
