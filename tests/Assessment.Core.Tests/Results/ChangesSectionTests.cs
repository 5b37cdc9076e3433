using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Results;

namespace Assessment.Core.Tests.Results;

public sealed class ChangesSectionTests
{
    private static readonly ReportSectionContext Context = Make();

    private static ReportSectionContext Make()
    {
        var input = new AssessmentReportInput("Test Community Safety Partnership", "Test area", new AssessmentPeriod(new YearMonth(2023, 12), 12),
            new DateOnly(2024, 2, 1), "OFFICIAL", [], []);
        return new ReportSectionContext(input, CrimeCountSummary.From(input));
    }

    private static ReportSection Compose(AssessmentResultsDocument current, AssessmentResultsDocument? previous) =>
        Assert.Single(new ChangesSection(current, previous).Compose(Context));

    private static ReportTable Table(ReportSection section, string id) =>
        section.SelfAndDescendants().SelectMany(s => s.Blocks).OfType<TableBlock>().Single(t => t.Table.Id == id).Table;

    private static string Text(ReportSection section, string childId) =>
        string.Join(" ", section.Children.Single(c => c.Id == childId).Blocks.OfType<ParagraphBlock>().Select(p => p.Text));

    private static AssessmentResultsDocument Previous2022(AssessmentResultsDocument? from = null) =>
        (from ?? ResultsDocuments.Full()) with { Run = ResultsDocuments.Run("2022-01", "2022-12", "2021-01", "2021-12") };

    [Fact]
    public void Compose_NoPreviousAssessment_IsOneSentenceSayingHowToGiveOne()
    {
        var section = Assert.Single(new ChangesSection().Compose(Context));
        var alsoWithCurrent = Compose(ResultsDocuments.Full(), null);

        var paragraph = Assert.IsType<CalloutBlock>(Assert.Single(section.Blocks));
        Assert.Equal(CalloutKind.NotYetAvailable, paragraph.Kind);
        Assert.Empty(section.Children);
        Assert.StartsWith("No previous assessment was given", paragraph.Text, StringComparison.Ordinal);
        Assert.Contains("*previous:*", paragraph.Text, StringComparison.Ordinal);
        Assert.Equal(section, alsoWithCurrent with { Blocks = section.Blocks });
        Assert.Equal(paragraph, Assert.Single(alsoWithCurrent.Blocks));
    }

    [Fact]
    public void Compose_Levels_SetTheTwoAssessmentsCountsSideBySideWithTheirDifference()
    {
        var previous = Previous2022() with { CrimeCounts = [new CrimeTypeCount("Anti-social behaviour", 800, 700), new CrimeTypeCount("Bicycle theft", 9, 4)] };

        var section = Compose(ResultsDocuments.Full(), previous);

        var table = Table(section, "changes-levels-table");
        Assert.Equal(["Anti-social behaviour", "Shoplifting", "Bicycle theft"], table.Rows.Select(r => r[0].Text));
        Assert.Equal([800d, 600, -200], table.Rows[0].Skip(1).Select(c => c.Number!.Value));
        Assert.Equal([0d, 300, 300], table.Rows[1].Skip(1).Select(c => c.Number!.Value));
        Assert.Equal([9d, 0, -9], table.Rows[2].Skip(1).Select(c => c.Number!.Value));
        Assert.Equal([809d, 900, 91], table.Totals!.Skip(1).Select(c => c.Number!.Value));
        Assert.Contains("The previous assessment counted 809 crimes and ASB incidents in Test area over January 2022 to December 2022; this one counts 900", Text(section, "changes-levels"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SameMonthsCountedDifferently_SaysTheFilesWereRestated()
    {
        // This run's comparison year is the previous assessment's year: 1,050 now against its 809.
        var previous = Previous2022() with { CrimeCounts = [new CrimeTypeCount("Anti-social behaviour", 800, 700), new CrimeTypeCount("Bicycle theft", 9, 4)] };
        var same = Previous2022() with { CrimeCounts = [new CrimeTypeCount("Anti-social behaviour", 1050, 700)] };

        Assert.Contains("For the same months this run counts 1,050, not 809", Text(Compose(ResultsDocuments.Full(), previous), "changes-levels"), StringComparison.Ordinal);
        Assert.DoesNotContain("For the same months", Text(Compose(ResultsDocuments.Full(), same), "changes-levels"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OverlappingPeriods_WarnsThatTheMonthsAreInBoth()
    {
        var overlapping = ResultsDocuments.Full() with { Run = ResultsDocuments.Run("2022-07", "2023-06", "2021-07", "2022-06") };

        var warned = Compose(ResultsDocuments.Full(), overlapping);
        var apart = Compose(ResultsDocuments.Full(), Previous2022());

        var callout = Assert.Single(warned.Blocks.OfType<CalloutBlock>());
        Assert.Contains("overlap by 6 months (January 2023 to June 2023)", callout.Text, StringComparison.Ordinal);
        Assert.Empty(apart.Blocks.OfType<CalloutBlock>());
        Assert.Contains("is not itself a tested change", Assert.IsType<ParagraphBlock>(apart.Blocks[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SignificantChanges_ListsEverySeriesEitherFoundWithBothVerdicts()
    {
        var previous = Previous2022() with
        {
            YearOnYear =
            [
                new YearOnYearResult("crime_type", "Shoplifting", "Shoplifting", 4, 200, 250, 1.25, 1.05, 1.5, 0.01, 0.02, VerdictNames.SignificantIncrease),
                new YearOnYearResult("crime_type", "Anti-social behaviour", "Anti-social behaviour", 12, 790, 800, 1.01, 0.9, 1.1, 0.8, 0.8, VerdictNames.NoSignificantChange),
                new YearOnYearResult("ward", "E05000001", "Castle", 12, 10, 30, 3, 1.5, 6, 0.001, 0.001, VerdictNames.SignificantIncrease),
            ],
        };

        var table = Table(Compose(ResultsDocuments.Full(), previous), "changes-significant-table");

        var rows = table.Rows.ToDictionary(r => r[0].Text!, r => (Then: r[1].Text, Now: r[2].Text));
        Assert.Equal(3, rows.Count);
        Assert.Equal(("not compared", "significant fall (−14.3%)"), rows["All crime and ASB"]);
        Assert.Equal(("no significant change", "significant fall (−25.0%)"), rows["Anti-social behaviour"]);
        Assert.Equal(("significant rise (+25.0%); 4 of 12 months compared", "no significant change"), rows["Shoplifting"]);
    }

    [Fact]
    public void Compose_PreviousWithoutPrioritisation_SaysSoPlainly()
    {
        var text = Text(Compose(ResultsDocuments.Full(), Previous2022() with { Prioritisation = null }), "changes-priorities");

        Assert.Contains("The previous assessment has no scored prioritisation", text, StringComparison.Ordinal);
        Assert.Contains("The configured priorities are the same as in the previous assessment.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_BothPrioritised_ListsAddedDroppedAndRankMoves()
    {
        var then = new PrioritisationMatrixResult([],
        [
            new PriorityRanking("crime_type:shoplifting", "Shoplifting", "crime_type", [], 9, 1, 1, 1, true),
            new PriorityRanking("theme:asb", "Anti-social behaviour", "priority_theme", [], 8, 2, 1, 2, false),
        ]);
        var previous = Previous2022() with { Prioritisation = then, Priorities = [new PriorityThemeResult("violence", "Violence", [], 1, 1, null)] };

        var section = Compose(ResultsDocuments.Full(), previous);

        var text = Text(section, "changes-priorities");
        Assert.Contains("Configured priorities added: Anti-social behaviour. Dropped: Violence.", text, StringComparison.Ordinal);
        Assert.Contains("Recommended priorities added since the previous assessment: Anti-social behaviour. Dropped: Shoplifting.", text, StringComparison.Ordinal);
        var ranks = Table(section, "changes-ranks-table");
        Assert.Equal(["Anti-social behaviour", "2", "1", "1–2", "up 1"], ranks.Rows[0].Select(c => c.Display(NumberFormat.Integer)));
        Assert.Equal(["Shoplifting", "1", "2", "1–2", "down 1"], ranks.Rows[1].Select(c => c.Display(NumberFormat.Integer)));
    }

    [Fact]
    public void Compose_Measures_ShowStatusThenAndNowByActionAndMetric()
    {
        var previous = Previous2022() with
        {
            Measures =
            [
                new MeasureResult("asb-1", "We will reduce ASB in the town centre", "asb", "asb_count", "reduce", 700, 800, 0.14, VerdictNames.NoSignificantChange, "red", null),
                new MeasureResult("old-1", "We will open a hub", "asb", null, null, null, null, null, null, "green", null),
            ],
        };

        var section = Compose(ResultsDocuments.Full(), previous);

        var table = Table(section, "changes-measures-table");
        Assert.Equal([("Red", "Green"), ("not measured", "Amber")], table.Rows.Select(r => (r[2].Text, r[3].Text)));
        Assert.Contains("Measures of the previous plan no longer in this one: We will open a hub.", Text(section, "changes-measures"), StringComparison.Ordinal);
        Assert.Contains("The previous assessment has no action-plan measures",
            Text(Compose(ResultsDocuments.Full(), Previous2022() with { Measures = null }), "changes-measures"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Hotspots_AppearedAndWentByStableIdentity()
    {
        var previous = Previous2022() with
        {
            Hotspots =
            [
                ResultsDocuments.Full().Hotspots[0] with { Count = 180 },
                new HotspotResult("All crime and ASB@E05000009", "All crime and ASB", "All crime and ASB", 2, 50, 0.05, "E05000009", "Harbour", null, 1.1, 51.3),
            ],
        };

        var section = Compose(ResultsDocuments.Full(), previous);

        Assert.Contains("1 hotspot is in both; 1 appeared and 1 went.", Text(section, "changes-hotspots"), StringComparison.Ordinal);
        var rows = Table(section, "changes-hotspots-table").Rows;
        Assert.Equal(["Anti-social behaviour", "On or near Station Road", "appeared", "–", "40"], rows[0].Select(c => c.Display(NumberFormat.Integer)));
        Assert.Equal(["All crime and ASB", "Harbour", "went", "50", "–"], rows[1].Select(c => c.Display(NumberFormat.Integer)));
    }

    [Fact]
    public void Headlines_SayWhatMovedBetweenTheTwoDocuments_AndNothingWithoutAPrevious()
    {
        var now = ResultsDocuments.Full();
        var then = ResultsDocuments.Full(ResultsDocuments.Run("2022-01", "2022-12", "2021-01", "2021-12")) with
        {
            Hotspots = [now.Hotspots[0]],
            Prioritisation = now.Prioritisation! with { Candidates = [.. now.Prioritisation!.Candidates.Select(c => c with { Recommended = !c.Recommended })] },
            Measures = [now.Measures![0] with { Status = "red" }, now.Measures[1]],
        };

        var lines = new ChangesSection(now, then).Headlines();

        Assert.Empty(new ChangesSection(now, null).Headlines());
        Assert.Contains("Recommended priorities added: Anti-social behaviour; dropped: Shoplifting.", lines);
        Assert.Contains("1 of 2 action-plan measures changed status since the previous assessment.", lines);
        Assert.Contains("1 hotspot appeared and 0 went.", lines);
    }
}
