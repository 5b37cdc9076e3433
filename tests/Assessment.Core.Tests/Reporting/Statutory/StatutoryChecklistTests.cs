using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Reporting.Statutory;

namespace Assessment.Core.Tests.Reporting.Statutory;

public sealed class StatutoryChecklistTests
{
    private static AssessmentReportInput Input()
    {
        var counts = new[] { new MonthlyCount("Example", new YearMonth(2025, 1), "Burglary", 4), new MonthlyCount("Example", new YearMonth(2024, 1), "Burglary", 3) };
        var files = new[] { new FileQuality("2025-01-kent-street.csv", "kent", new YearMonth(2025, 1), 10, 10, 0, 0, 6, 0) };
        return new AssessmentReportInput("Example CSP", "Example", new AssessmentPeriod(new YearMonth(2025, 1), 1), new DateOnly(2026, 3, 5), "OFFICIAL", counts, files);
    }

    // A chapter with a table, standing in for an analysis another part of the pipeline supplies.
    private sealed class TableChapter(string key) : IReportSectionComposer
    {
        public string Key => key;

        public IEnumerable<ReportSection> Compose(ReportSectionContext context)
        {
            var table = new ReportTable(key + "-table", "Figures", [TableColumn.Text("What"), TableColumn.Count("Count")], [["Example", 7]], "Example source");
            yield return new ReportSection(key, "Chapter " + key, new TableBlock(table));
        }
    }

    // The appendix row of the element whose requirement starts with the text: covered or not, and the section named.
    private static (bool IsCovered, string? SectionTitle) Check(ReportDocument document, string requirementStart)
    {
        var row = document.Tables().Single(t => t.Id == "statutory-checklist-table").Rows.Single(r => r[0].Text!.StartsWith(requirementStart, StringComparison.Ordinal));
        return (row[3].Text == "Covered", row[2].Text);
    }

    [Fact]
    public void Checklist_ChangesAndPriorities_MissingWhileTheirChaptersAreOneLine()
    {
        var document = new StrategicAssessmentComposer().Compose(Input());

        var changes = Check(document, "Changes since the previous");
        Assert.False(changes.IsCovered);
        Assert.Equal("—", changes.SectionTitle);
        Assert.Contains(document.Tables().Single(t => t.Id == "statutory-checklist-table").Rows, r => r[3].Text == "Missing: needs the previous assessment's results file (previous: in the configuration)");
        Assert.False(Check(document, "The priorities the partnership").IsCovered);
        Assert.False(Check(document, "Reoffending").IsCovered);
        Assert.False(Check(document, "The matters people").IsCovered);
        Assert.True(Check(document, "Levels and patterns of crime").IsCovered);
        Assert.True(Check(document, "Data shared").IsCovered);
        Assert.True(Check(document, "Matters on which more information").IsCovered);
    }

    [Fact]
    public void Checklist_ChapterWithFiguresReplacingThePendingOne_IsCoveredThere()
    {
        var document = new StrategicAssessmentComposer().With(new TableChapter("changes")).With(new TableChapter("prioritisation")).Compose(Input());

        var changes = Check(document, "Changes since the previous");
        Assert.True(changes.IsCovered);
        Assert.Equal("Chapter changes", changes.SectionTitle);
        Assert.True(Check(document, "The priorities the partnership").IsCovered);
    }

    [Fact]
    public void Checklist_CommunityViews_CoveredOnlyBySectionOfThatIdWithFigures()
    {
        var document = new StrategicAssessmentComposer().With(new TableChapter("prioritisation")).Compose(Input());
        Assert.False(Check(document, "The matters people").IsCovered);

        var withViews = new StrategicAssessmentComposer().With(new SubSectionChapter("prioritisation", StatutoryChecklist.CommunityViewsSectionId)).Compose(Input());
        Assert.True(Check(withViews, "The matters people").IsCovered);
    }

    private sealed class SubSectionChapter(string key, string childId) : IReportSectionComposer
    {
        public string Key => key;

        public IEnumerable<ReportSection> Compose(ReportSectionContext context)
        {
            var table = new ReportTable(childId + "-table", "Views", [TableColumn.Text("Theme"), TableColumn.Count("Respondents")], [["Example", 120]], "Example survey");
            yield return new ReportSection(key, "Chapter " + key, [new ParagraphBlock("Intro.")], [new ReportSection(childId, "Community views", new TableBlock(table))]);
        }
    }

    [Theory]
    [InlineData(RagStatus.NotAssessed, false)]
    [InlineData(RagStatus.Green, true)]
    public void Checklist_PlanReview_CoveredOnlyWhenAnActionHasAStatus(RagStatus status, bool covered)
    {
        var input = Input() with { ActionPlan = [new ActionPlanItem("ASB", "We will patrol", "Police", "2025", "Fewer incidents", status)] };

        var document = new StrategicAssessmentComposer().Compose(input);

        Assert.Equal(covered, Check(document, "Assessment of the implementation").IsCovered);
    }

    [Theory]
    [InlineData(RagStatus.NotAssessed, false)]
    [InlineData(RagStatus.Amber, true)]
    public void Checklist_PlanReview_CoveredByAMeasuresComputedStatus(RagStatus status, bool covered)
    {
        var item = new ActionPlanItem("ASB", "We will patrol", "Police", "2025", "", RagStatus.NotAssessed) { Id = "asb-1" };
        var measure = new Assessment.Core.Reporting.ActionPlans.MeasureAssessment("asb-1", item.Action, null, "ASB", "Fewer incidents", status, status.ToString(),
            Assessment.Core.Reporting.ActionPlans.MeasureStatusSource.Computed, "120 to 100: no significant change.");
        var input = Input() with { ActionPlan = [item], MeasureAssessments = [measure] };

        var document = new StrategicAssessmentComposer().Compose(input);

        Assert.Equal(covered, Check(document, "Assessment of the implementation").IsCovered);
    }

    [Fact]
    public void Introduction_StructureClaim_NamesTheCoveringSectionsAndTheMissingElementsOfTheSameRun()
    {
        var without = new StrategicAssessmentComposer().Compose(Input());
        var with = new StrategicAssessmentComposer().With(new TableChapter("changes")).Compose(Input());

        static (IReadOnlyList<string> Bullets, string Missing) Claim(ReportDocument d)
        {
            var blocks = d.Sections.Single(s => s.Id == "introduction").Blocks.ToList();
            var at = blocks.FindIndex(b => b is HeadingBlock { Text: "How this report meets them" });
            return (((BulletListBlock)blocks[at + 1]).Items, ((ParagraphBlock)blocks[at + 2]).Text);
        }

        var (bulletsWithout, missingWithout) = Claim(without);
        var (bulletsWith, missingWith) = Claim(with);
        Assert.Contains("changes since the previous strategic assessment", missingWithout, StringComparison.Ordinal);
        Assert.DoesNotContain(bulletsWithout, b => b.Contains("changes since", StringComparison.Ordinal));
        Assert.DoesNotContain("changes since the previous strategic assessment", missingWith, StringComparison.Ordinal);
        Assert.Contains("**Chapter changes:** changes since the previous strategic assessment, and why they occurred.", bulletsWith);
        Assert.Contains(bulletsWithout, b => b.StartsWith("**Crime and anti-social behaviour overview:** levels and patterns of crime", StringComparison.Ordinal));
    }

    [Fact]
    public void Gaps_ListEveryMissingElementButTheGapsThemselves()
    {
        var document = new StrategicAssessmentComposer().Compose(Input());
        var missing = document.Tables().Single(t => t.Id == "statutory-checklist-table").Rows.Where(r => r[3].Text!.StartsWith("Missing", StringComparison.Ordinal)).Select(r => r[0].Text).ToList();

        var gaps = document.AllSections().Single(s => s.Id == StatutoryChecklist.GapsSectionId).Blocks.OfType<BulletListBlock>().Single().Items;

        Assert.Equal(missing.Count, gaps.Count);
        Assert.All(missing, m => Assert.Contains(gaps, g => g.StartsWith($"**{m}:**", StringComparison.Ordinal)));
    }
}
