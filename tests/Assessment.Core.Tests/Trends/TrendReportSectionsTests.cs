using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;
using Assessment.Files.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>The strategic assessment composed with the trend parts, from the real Canterbury sample.</summary>
public sealed class TrendReportSectionsTests
{
    private static readonly Lazy<(ReportDocument Document, TrendFindings Findings)> Composed = new(() => (SampleTrendReport.Document, SampleTrendReport.Findings));

    private static ReportSection Section(string id) => SampleTrendReport.Section(id);

    private static IEnumerable<string> Texts(ReportSection section) => SampleTrendReport.Texts(section);

    [Fact]
    public void Compose_WithTrendParts_KeepsTheChapterOrderAndValidIds()
    {
        var chapters = Composed.Value.Document.Sections.Select(s => s.Id).ToList();

        Assert.Equal(new StrategicAssessmentComposer().Keys.Count, Composed.Value.Document.Sections.Count - 4);
        Assert.Equal(["executive-summary", "introduction", "area-profile", "overview"], chapters.Take(4));
        Assert.Equal(["methodology", "statutory-checklist", "data-quality", "glossary"], chapters.TakeLast(4));
        Assert.Equal(["overview-change", "overview-themes", "overview-pattern", "overview-trend", "overview-harm", "overview-rates"], Section("overview").Children.Select(c => c.Id));
        Composed.Value.Document.Validate();
    }

    [Fact]
    public void Overview_EveryCrimeType_HasASentenceWithItsCountsSizeAndVerdict()
    {
        var sentences = Texts(Section("overview-change")).ToList();
        foreach (var finding in Composed.Value.Findings.YearOnYearAt(ComparisonLevel.CrimeType))
        {
            var sentence = Assert.Single(sentences, s => s.StartsWith(finding.Series.Key + " ", StringComparison.Ordinal));
            Assert.Contains($"{ReportNumbers.FormatCount(finding.Previous)} to {ReportNumbers.FormatCount(finding.Current)} in the four months compared", sentence, StringComparison.Ordinal);
            // The interval and test stay in the change table; the sentence gives the verdict and, for a change, its size.
            Assert.DoesNotContain("95% CI", sentence, StringComparison.Ordinal);
            if (finding.Verdict.IsChange())
                Assert.Contains($", a significant {(finding.Verdict == YoyVerdict.SignificantIncrease ? "rise" : "fall")} of {ReportNumbers.FormatPercent(Math.Abs(finding.RateRatio - 1), 0)}.", sentence, StringComparison.Ordinal);
            else Assert.Matches("broadly stable|could not be told apart from normal|too small to tell|vary too much to tell", sentence);
        }
    }

    [Fact]
    public void Overview_Shoplifting528To825_IsNotARiseOnceTheMonthToMonthVariationIsAllowedFor()
    {
        var sentences = Texts(Section("overview-change"));

        // Four months with a dispersion of about 7 on 3 degrees of freedom: the interval allows for it, and so does p.
        var sentence = Assert.Single(sentences, s => s.StartsWith("Shoplifting went from 528 to 825 in the four months compared, not", StringComparison.Ordinal));
        Assert.EndsWith("not a statistically significant change; the months vary too much to tell whether there was a real change.", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_ChangeTable_HasEveryCrimeTypeQValueAndVerdictWithAnAreaTotal()
    {
        var table = Composed.Value.Document.Tables().Single(t => t.Id == "change-by-type");

        Assert.Equal(Composed.Value.Findings.CrimeTypes, table.Rows.Select(r => r[0].Text));
        Assert.Equal(["q-value", "Verdict"], table.Columns.TakeLast(2).Select(c => c.Header));
        Assert.Equal("Comparison (Jan\u2013Apr 2024)", table.Columns[1].Header);
        Assert.Equal("All crime and ASB", table.Totals![0].Text);
        Assert.Equal(5261, table.Totals[1].Number);
        Assert.Equal(5381, table.Totals[2].Number);
    }

    [Fact]
    public void Overview_SaysOnlyFourMonthsWereComparedAndThatTheReportUsesCountsOnly()
    {
        var overview = Texts(Section("overview")).ToList();
        Assert.Contains(overview, t => t.Contains("four months compared, not 12", StringComparison.Ordinal) && t.Contains("May to December 2024", StringComparison.Ordinal));
        Assert.Contains(Texts(Section("overview-rates")), t => t.StartsWith("No population file was given, so this report uses counts only", StringComparison.Ordinal));
    }

    [Fact]
    public void LongTerm_ExplainsWhyNoTrendIsGivenAcrossTheGap()
    {
        Assert.Contains(Texts(Section("overview-trend")), t => t.Contains("gap of 8 months (May 2024 to December 2024)", StringComparison.Ordinal));
        // Said once: the area's sentence gives the reason, so no callout repeats it.
        Assert.Single(Texts(Section("overview-trend")), t => t.Contains("gap of 8 months (May 2024 to December 2024)", StringComparison.Ordinal));
    }

    [Fact]
    public void Pattern_NoChartInTheSample_SaysSoInsteadOfNoSignal()
    {
        var texts = Texts(Section("overview-pattern")).ToList();

        Assert.Contains("No series has a control chart in this report: a chart needs at least 12 usable baseline months.", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("No series signals", StringComparison.Ordinal));
    }

    [Fact]
    public void Methodology_GivesThisRunsDegreesOfFreedomAndInflation()
    {
        // Four months compared month by month: 4 − 1 = 3 degrees of freedom; (t₀.₉₇₅,₃ / z₀.₉₇₅)² = (3.1824 / 1.9600)² = 2.64.
        var text = Assert.Single(Texts(Section("methodology-trends")), t => t.Contains("Korn and Graubard", StringComparison.Ordinal));
        Assert.Contains("Korn and Graubard's adjustment; here with 3 degrees of freedom, by 2.6)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Methodology_NamesLaneyLimitsAndSaysThisReportDrawsNoChart() =>
        Assert.Contains(Texts(Section("methodology-trends")), t =>
            t.Contains("Laney's (2002) u′ limits", StringComparison.Ordinal) && t.Contains("at least 12 usable months", StringComparison.Ordinal)
            && t.Contains("this report draws no chart", StringComparison.Ordinal));

    [Fact]
    public void Methodology_ListsEveryHarmWeightWithItsSource()
    {
        var methods = Section("methodology-trends");
        var table = methods.Blocks.OfType<TableBlock>().Single().Table;

        Assert.Equal(14, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r[2].Text)));
        Assert.Contains(Texts(methods), t => t.Contains("harm_weights:", StringComparison.Ordinal) && t.Contains("indicative", StringComparison.Ordinal));
        Assert.Contains(Texts(methods), t => t.StartsWith("**Verdict:**", StringComparison.Ordinal) && t.Contains("q-value is at most 5%", StringComparison.Ordinal));
    }

    [Fact]
    public void DataQuality_ListsTheMissingMonthsAndTheMonthTable()
    {
        var months = Section("data-quality-months");

        Assert.Contains(Texts(months), t => t.Contains("no data for May to December 2024 (8 months)", StringComparison.Ordinal));
        Assert.Equal(24, months.Blocks.OfType<TableBlock>().Single(b => b.Table.Id == "month-completeness").Table.Rows.Count);
    }

    [Fact]
    public void PriorityChapter_NightTimeEconomy_HasItsTrendChartsAndNoTableTheChangeChartRepeats()
    {
        var chapter = Section("priority-night-time-economy");
        var ids = chapter.Blocks.Select(b => b switch { ChartBlock c => c.Id, TableBlock t => t.Table.Id, _ => null }).OfType<string>().ToList();

        Assert.Equal(["priority-night-time-economy-monthly", "priority-night-time-economy-change"], ids);
        Assert.Contains(Texts(chapter), t => t.StartsWith("Crime and ASB under the \u201cNight-time economy and violence\u201d theme ", StringComparison.Ordinal));
    }

    [Fact]
    public void PriorityChapter_ThemeWithoutCategories_SaysItIsNotMeasuredFromPoliceUk()
    {
        Assert.Contains(Texts(Section("priority-young-people")), t => t.StartsWith("No police.uk category indicates this theme", StringComparison.Ordinal));
    }

    [Fact]
    public void ExecutiveSummary_KeyFindingsFollowTheKeyFactsAndGiveTheAreasComparedCounts()
    {
        var summary = Section("executive-summary");
        var blocks = summary.Blocks.ToList();
        var findings = blocks.FindIndex(b => b is HeadingBlock { Text: "Key findings" });
        var facts = blocks.FindIndex(b => b is KeyFactsBlock);

        Assert.InRange(facts, 0, findings - 1);
        Assert.Contains(Texts(summary), t => t == "Over the four months that can be compared with a year earlier, the total went from 5,261 to 5,381: not a significant change.");
        Assert.Contains(Texts(summary), t => t.StartsWith("No crime type or priority theme changed significantly", StringComparison.Ordinal));
    }

    [Fact]
    public void Glossary_HasTheStatisticalTermsMergedInAlphabeticalOrder()
    {
        var terms = Section("glossary").Blocks.OfType<DefinitionListBlock>().Single().Definitions.Select(d => d.Term).ToList();

        Assert.Contains("q-value", terms);
        Assert.Contains("Rate ratio", terms);
        Assert.Contains("Assessment period", terms);
        Assert.Equal(terms.Order(StringComparer.OrdinalIgnoreCase), terms);
    }

    [Fact]
    public void Compose_NoPriorities_ThemeOverviewAndPriorityChapterSayNoneAreConfigured()
    {
        var (counts, files) = SampleCounts.Read();
        var findings = TrendAnalysis.Run(new TrendInput("Canterbury", SampleCounts.Period, counts, files) { Themes = [], HarmWeights = HarmWeightFile.Default });
        var input = new AssessmentReportInput("Test CSP", "Test", SampleCounts.Period, new DateOnly(2026, 3, 5), "OFFICIAL", counts, files);

        var document = StrategicAssessmentComposer.For(new ReportResults { Trends = findings }).Compose(input);

        var themes = document.AllSections().Single(s => s.Id == "overview-themes");
        Assert.StartsWith("No priorities are configured", Assert.IsType<ParagraphBlock>(Assert.Single(themes.Blocks)).Text, StringComparison.Ordinal);
        var chapter = document.Sections.Single(s => s.Id == "priorities");
        Assert.StartsWith("No priorities are configured", Assert.IsType<CalloutBlock>(Assert.Single(chapter.Blocks)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Sections, s => s.Id.StartsWith("priority-", StringComparison.Ordinal));
    }
}
