using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Tests.Reporting;

public sealed class StrategicAssessmentComposerTests
{
    private static readonly YearMonth Oct2024 = new(2024, 10);

    // Comparison Oct–Dec 2024, assessment Jan–Mar 2025. Burglary 2,3,4 | 5,1,6; ASB 10,(none),7 | 8,9,10.
    private static readonly (int Offset, string Type, long Count)[] Counts =
    [
        (0, "Burglary", 2), (1, "Burglary", 3), (2, "Burglary", 4), (3, "Burglary", 5), (4, "Burglary", 1), (5, "Burglary", 6),
        (0, "Anti-social behaviour", 10), (2, "Anti-social behaviour", 7), (3, "Anti-social behaviour", 8), (4, "Anti-social behaviour", 9), (5, "Anti-social behaviour", 10),
    ];

    private static AssessmentReportInput Input(Func<int, bool>? loaded = null)
    {
        loaded ??= _ => true;
        var counts = Counts.Where(c => loaded(c.Offset)).Select(c => new MonthlyCount("Example", Oct2024.AddMonths(c.Offset), c.Type, c.Count)).ToList();
        var files = Enumerable.Range(0, 6).Where(loaded).Select(i => new FileQuality($"data/{Oct2024.AddMonths(i)}/{Oct2024.AddMonths(i)}-kent-street.csv", "kent", Oct2024.AddMonths(i), 100 + i, 99 + i, 1, 10, 20, 2)).ToList();
        return new AssessmentReportInput("Example CSP", "Example", new AssessmentPeriod(new YearMonth(2025, 3), 3), new DateOnly(2026, 3, 5), "OFFICIAL", counts, files);
    }

    private static ReportTable Table(ReportDocument document, string id) => document.Tables().Single(t => t.Id == id);

    private static IReadOnlyList<object?> Row(ReportTable table, string first) =>
        table.Rows.Single(r => r[0].Text == first).Select(c => (object?)c.Number ?? c.Text).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compose_ExecutiveSummary_ClaimsThePartnershipsPrioritiesOnlyWhenConfigured(bool configured)
    {
        var input = Input() with
        {
            Priorities = configured ? [new PriorityTheme("asb", "Anti-social behaviour", "ASB", [], ["Anti-social behaviour"], null)] : [],
        };

        var bullets = Assert.IsType<BulletListBlock>(new StrategicAssessmentComposer().Compose(input).Sections
            .Single(s => s.Id == "executive-summary").Blocks.Last()).Items;

        var included = bullets.Single(b => b.StartsWith("**Included:**", StringComparison.Ordinal));
        var missing = bullets.Single(b => b.StartsWith("**Not yet included:**", StringComparison.Ordinal));
        Assert.Equal(configured, included.Contains("the partnership's priorities", StringComparison.Ordinal));
        Assert.Equal(!configured, missing.Contains("the partnership's priorities", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_ExecutiveSummary_KeyFactsStateTheirMonthsAndNeverSetUnequalPeriodsSideBySide()
    {
        // November 2024 missing: February 2025 has no counterpart, so two months are compared against a three-month total.
        var facts = new StrategicAssessmentComposer().Compose(Input(i => i != 1)).Sections.Single(s => s.Id == "executive-summary")
            .Blocks.OfType<KeyFactsBlock>().Single().Facts;

        Assert.Equal(
            [
                new KeyFact("Crimes and ASB incidents recorded", "39", "January to March 2025 (three months)"),
                // Oct + Dec 2024: 2 + 4 + 10 + 7; Jan + Mar 2025: 5 + 6 + 8 + 10.
                new KeyFact("Count difference, same months", "+6",
                    "23 in October 2024 and December 2024, 29 in January 2025 and March 2025 (two months each); only two of the three months, so not comparable with the three-month total"),
                new KeyFact("Largest category", "Anti-social behaviour", "27 in January to March 2025 (three months)"),
            ],
            facts);
    }

    [Fact]
    public void Compose_DataQuality_EveryKeyFactStatesTheMonthsOfTheFilesItCounts()
    {
        var facts = new StrategicAssessmentComposer().Compose(Input(i => i != 1)).Sections.Single(s => s.Id == "data-quality")
            .Blocks.OfType<KeyFactsBlock>().Single().Facts;

        // Files for October 2024 and December 2024 to March 2025: November 2024 is missing.
        Assert.Equal(["Files", "Rows read", "Rows rejected", "No location"], facts.Select(f => f.Label));
        Assert.All(facts, f => Assert.EndsWith("October 2024 and December 2024 to March 2025 (five months)", f.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_DefaultParts_ChaptersFollowTheStatutoryOrder()
    {
        var document = new StrategicAssessmentComposer().Compose(Input());

        Assert.Equal(
            [
                "executive-summary", "introduction", "methodology", "area-profile", "overview", "hotspots", "priorities",
                "asb-environment", "substance-misuse", "reoffending", "prioritisation", "action-plan", "changes", "data-quality", "glossary",
            ],
            document.Sections.Select(s => s.Id));
        Assert.Equal("Strategic Assessment 2025", document.Cover.Title);
        Assert.Equal("January 2025 to March 2025", document.Cover.PeriodText);
    }

    [Fact]
    public void Compose_Overview_TableHoldsHandComputedCountsAndPlainDifferences()
    {
        var table = Table(new StrategicAssessmentComposer().Compose(Input()), "crime-by-type");

        Assert.Equal(["Anti-social behaviour", 17.0, 27.0, 10.0], Row(table, "Anti-social behaviour"));
        Assert.Equal(["Burglary", 9.0, 12.0, 3.0], Row(table, "Burglary"));
        Assert.Equal(["All crime and ASB", 26.0, 39.0, 13.0], table.Totals!.Select(c => (object?)c.Number ?? c.Text));
        Assert.Equal("Count difference", table.Columns[3].Header);
    }

    [Fact]
    public void Compose_Overview_MonthTableHasEachMonthOfTheAssessmentPeriod()
    {
        var table = Table(new StrategicAssessmentComposer().Compose(Input()), "crime-by-month");

        Assert.Equal(["Crime type", "Jan 25", "Feb 25", "Mar 25", "Total"], table.Columns.Select(c => c.Header));
        Assert.Equal(["Burglary", 5.0, 1.0, 6.0, 12.0], Row(table, "Burglary"));
        Assert.Equal(["All crime and ASB", 13.0, 10.0, 16.0, 39.0], table.Totals!.Select(c => (object?)c.Number ?? c.Text));
    }

    [Fact]
    public void Compose_ComparisonMonthMissing_WarnsAndComparesMatchedMonthsOnly()
    {
        var document = new StrategicAssessmentComposer().Compose(Input(offset => offset != 1)); // November 2024 not loaded
        var overview = document.Sections.Single(s => s.Id == "overview");
        var table = Table(document, "crime-by-type");

        Assert.Contains(overview.Blocks.OfType<CalloutBlock>(), c => c.Kind == CalloutKind.Warning && c.Text.Contains("2 of the comparison period", StringComparison.Ordinal));
        Assert.Equal(["Burglary", 6.0, 11.0, 5.0, 12.0], Row(table, "Burglary")); // Oct+Dec 2024 against Jan+Mar 2025; whole period 12
    }

    [Fact]
    public void Compose_NoCounts_OverviewSaysPlainlyThatItIsNotIncluded()
    {
        var empty = Input() with { MonthlyCounts = [], FileQuality = [] };

        var overview = new StrategicAssessmentComposer().Compose(empty).Sections.Single(s => s.Id == "overview");

        var callout = Assert.IsType<CalloutBlock>(Assert.Single(overview.Blocks));
        Assert.Equal(CalloutKind.NotYetAvailable, callout.Kind);
    }

    [Fact]
    public void Compose_EveryChapter_HasContentAndPendingOnesSayWhatTheyNeed()
    {
        var document = new StrategicAssessmentComposer().Compose(Input());
        string[] pending = ["prioritisation", "action-plan"];

        Assert.All(document.Sections, s => Assert.NotEmpty(s.Blocks));
        foreach (var id in pending)
        {
            var callout = document.Sections.Single(s => s.Id == id).Blocks.OfType<CalloutBlock>().Single(c => c.Kind == CalloutKind.NotYetAvailable);
            Assert.Contains("not yet included in this version of the report. It will need ", callout.Text, StringComparison.Ordinal);
        }

        var allText = string.Join(" ", document.AllBlocks().Select(b => b.ToString()));
        Assert.DoesNotContain("lorem", allText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("TODO", allText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_DataQuality_SaysHowManyRejectedRowsWereCopiesOrOfAnotherMonth()
    {
        var input = Input();
        var files = input.FileQuality.Select((f, i) => f with { IdenticalRows = i, OtherMonthRows = i == 2 ? 1 : 0 }).ToList();
        var paragraphs = DataQualityParagraphs(input with { FileQuality = files });
        var plain = DataQualityParagraphs(input);

        // Copies 0 + 1 + … + 5 = 15 over the six files; one row of another month.
        Assert.Contains(paragraphs, p => p.StartsWith("Of the rows rejected, 15 were byte-for-byte copies of an earlier row with the same crime ID", StringComparison.Ordinal)
            && p.Contains("; 1 carried a month other than their file's", StringComparison.Ordinal));
        Assert.DoesNotContain(plain, p => p.StartsWith("Of the rows rejected", StringComparison.Ordinal));
    }

    private static string[] DataQualityParagraphs(AssessmentReportInput input) =>
        new StrategicAssessmentComposer().Compose(input).Sections.Single(s => s.Id == "data-quality").Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToArray();

    [Fact]
    public void Compose_DataQuality_TotalsRowSumsEveryFile()
    {
        var table = Table(new StrategicAssessmentComposer().Compose(Input()), "data-quality-files");

        Assert.Equal(6, table.Rows.Count);
        Assert.Equal("2024-10-kent-street.csv", table.Rows[0][0].Text);
        // Rows read 100..105 = 615; loaded 99..104 = 609; in area = loaded − 10 − 20 per file = 609 − 180 = 429.
        Assert.Equal(["All files", "", 615.0, 609.0, 6.0, 60.0, 120.0, 429.0, 12.0], table.Totals!.Select(c => (object?)c.Number ?? c.Text));
    }

    [Fact]
    public void Compose_OverviewCharts_HaveAltTextAndSource()
    {
        var charts = new StrategicAssessmentComposer().Compose(Input()).Charts().ToList();

        Assert.Equal(["overview-monthly", "overview-by-type"], charts.Select(c => c.Id));
        Assert.All(charts, c => Assert.Contains("police.uk", c.Source, StringComparison.Ordinal));
        Assert.Contains("from 10 (February 2025) to 16 (March 2025)", charts[0].AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ReplacementPart_ReplacesOnlyThatPart()
    {
        var composer = new StrategicAssessmentComposer().With(new PendingSection("reoffending", "Reoffending", "x", "y"));

        var document = composer.Compose(Input());

        Assert.Equal(15, document.Sections.Count);
        Assert.Equal("x is not yet included in this version of the report. It will need y.",
            Assert.IsType<CalloutBlock>(Assert.Single(document.Sections.Single(s => s.Id == "reoffending").Blocks)).Text);
    }

    [Fact]
    public void Compose_NoPriorities_OneChapterSaysNoneAreConfiguredAndHowToAddThem()
    {
        var document = new StrategicAssessmentComposer().Compose(Input());

        var chapter = Assert.Single(document.Sections, s => s.Id.StartsWith("priorit", StringComparison.Ordinal) && s.Id != "prioritisation");
        var callout = Assert.IsType<CalloutBlock>(Assert.Single(chapter.Blocks));
        Assert.StartsWith("No priorities are configured", callout.Text, StringComparison.Ordinal);
        Assert.Contains("priorities:", callout.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ConfiguredPriorities_OneChapterEachNamedByIdWithCommitmentsAndSource()
    {
        var input = Input() with
        {
            Priorities =
            [
                new PriorityTheme("asb", "Anti-social behaviour", "Includes graffiti.", ["We will tackle graffiti"], ["Anti-social behaviour"], "Example plan"),
                new PriorityTheme("roads", "Safer roads", "", [], [], null),
            ],
        };

        var document = new StrategicAssessmentComposer().Compose(input);

        Assert.Equal(["hotspots", "priority-asb", "priority-roads", "asb-environment"], document.Sections.Select(s => s.Id).Skip(5).Take(4));
        var asb = document.Sections.Single(s => s.Id == "priority-asb");
        Assert.Equal("Anti-social behaviour", asb.Title);
        Assert.Contains(asb.Blocks, b => b is BulletListBlock { Items: ["We will tackle graffiti"] });
        Assert.Contains(asb.Blocks, b => b is ParagraphBlock { Text: "*Source: Example plan.*" });
        Assert.DoesNotContain(document.Sections.Single(s => s.Id == "priority-roads").Blocks, b => b is ParagraphBlock p && p.Text.StartsWith("*Source", StringComparison.Ordinal));
    }

    [Fact]
    public void With_UnknownKey_Throws() =>
        Assert.Throws<ArgumentException>(() => new StrategicAssessmentComposer().With(new PendingSection("nope", "N", "x", "y")));
}
