using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Statistics;
using Assessment.Core.Tests.Partners;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class SubstanceMisuseSectionTests
{
    private static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    private static readonly AssessmentReportInput Input = new("Example CSP", "Canterbury", Period, new DateOnly(2026, 3, 5), "OFFICIAL",
        [
            new("Canterbury", new YearMonth(2024, 3), "Drugs", 10), new("Canterbury", new YearMonth(2025, 3), "Drugs", 16),
            new("Canterbury", new YearMonth(2024, 4), "Possession of weapons", 4), new("Canterbury", new YearMonth(2025, 4), "Possession of weapons", 3),
            // A current month whose comparison month has no data at all is not compared.
            new("Canterbury", new YearMonth(2025, 9), "Drugs", 40),
            new("Canterbury", new YearMonth(2025, 3), "Shoplifting", 90),
        ], []);

    private static ReportSection Compose(AssessmentReportInput input, SubstanceMisuseSection? section = null) =>
        Assert.Single((section ?? new SubstanceMisuseSection()).Compose(new ReportSectionContext(input, CrimeCountSummary.From(input))));

    private static SubstanceMisuseSummary WithData()
    {
        TreatmentRecord Row(string code, SubstanceGroup group, long n, long done, long? back) => new("2023-24", code, code == "E92000001" ? "England" : "Canterbury", group, n, n / 3, done, back, 0);
        var treatment = TreatmentSummary.From(
            [Row("E07000106", SubstanceGroup.Opiate, 495, 31, 5), Row("E07000106", SubstanceGroup.Alcohol, 266, 94, null), Row("E92000001", SubstanceGroup.Opiate, 140000, 2800, 300)],
            ["E07000106"], null, "Synthetic sample (x.csv): not real figures", isSynthetic: true);
        var indicators = FingertipsIndicatorSummary.From("admissions.csv",
            [FingertipsIndicatorSummaryTests.Row("E07000106", "Canterbury", "2016/17", 551), FingertipsIndicatorSummaryTests.Row("E07000106", "Canterbury", "2017/18", 462),
             FingertipsIndicatorSummaryTests.Row(FingertipsRecord.EnglandCode, "England", "2017/18", 632)], ["E07000106"], null);
        return new SubstanceMisuseSummary(treatment, null, indicators, null, []);
    }

    [Fact]
    public void Compose_NoExtractConfigured_OneLineThenPoliceOffencesOnly()
    {
        var section = Compose(Input);

        Assert.Equal(SubstanceMisuseSection.PartKey, section.Id);
        Assert.Equal([SubstanceMisuseSection.NothingConfigured, Input.DrugMarketAbsence],
            section.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.Contains("inputs.", StringComparison.Ordinal)).Select(p => p.Text));
        Assert.DoesNotContain(section.Blocks, b => b is CalloutBlock or TableBlock or ChartBlock);
        Assert.Equal(["substance-police"], section.Children.Select(c => c.Id));
    }

    [Fact]
    public void Compose_OneExtractAbsent_SaysWhichInOneLine()
    {
        var summary = WithData() with { Indicators = [], IndicatorsAbsence = null };

        var section = Compose(Input with { SubstanceMisuse = summary });

        Assert.Single(section.Blocks, b => b is ParagraphBlock p && p.Text == SubstanceMisuseSection.NoFingertipsExport);
        Assert.Equal(["substance-treatment", "substance-police"], section.Children.Select(c => c.Id));
    }

    [Fact]
    public void Compose_WithData_TreatmentTablesChartWithIntervalsAndSyntheticWarning()
    {
        var treatment = Compose(Input with { SubstanceMisuse = WithData() }).Children.Single(c => c.Id == "substance-treatment");

        Assert.Contains("Synthetic sample", Assert.Single(treatment.Blocks.OfType<CalloutBlock>()).Text);
        var tables = treatment.Blocks.OfType<TableBlock>().Select(t => t.Table).ToList();
        Assert.Equal(["treatment-latest-year", "treatment-completions-by-year"], tables.Select(t => t.Id));
        var opiate = tables[0].Rows[0];
        var wilson = ProportionInterval.Wilson(31, 495);
        Assert.Equal($"6.3% ({ReportNumbers.FormatPercent(wilson.Lower)}–{ReportNumbers.FormatPercent(wilson.Upper)})", opiate[4].Text);
        var england = ProportionInterval.Wilson(2800, 140000);
        Assert.Equal($"2.0% ({ReportNumbers.FormatPercent(england.Lower)}–{ReportNumbers.FormatPercent(england.Upper)})", opiate[^1].Text);
        // Alcohol re-presentations are suppressed: no rate, never 0%.
        Assert.Equal(ReportNumbers.NotApplicable, tables[0].Rows[1][6].Text);
        Assert.All(tables, t => Assert.Contains("Synthetic", t.Source, StringComparison.Ordinal));
        var chart = Assert.Single(treatment.Blocks.OfType<ChartBlock>());
        Assert.Contains("Wilson", chart.AltText, StringComparison.Ordinal);
        var text = string.Join(" ", treatment.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("761 adults were in drug and alcohol treatment in Canterbury", text, StringComparison.Ordinal);
        // 6.3% (4.5%–8.8%) excludes England's 2.0%.
        Assert.Contains("Opiate: 6.3% completed successfully, above England (2.0%)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WithData_IndicatorAgainstEnglandWithSourcePeriodAndLicence()
    {
        var indicators = Compose(Input with { SubstanceMisuse = WithData() }).Children.Single(c => c.Id == "substance-indicators");

        var table = Assert.Single(indicators.Blocks.OfType<TableBlock>()).Table;
        Assert.Equal(["Period", "Canterbury", "Canterbury vs England", "England"], table.Columns.Select(c => c.Header));
        Assert.Equal("OHID Fingertips, indicator 91414, Alcohol admissions, 2016/17 to 2017/18 (admissions.csv); Open Government Licence v3.0", table.Source);
        Assert.Equal(ReportNumbers.NotApplicable, table.Rows[0][3].Text);
        Assert.Equal(table.Source, Assert.Single(indicators.Blocks.OfType<ChartBlock>()).Source);
        var text = string.Join(" ", indicators.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("Canterbury: 462 in 2017/18, against 632 for England (Fingertips: similar to England); 551 in 2016/17.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PoliceOffences_LikeForLikeMonthsWithoutTrendAnalysis()
    {
        var police = Compose(Input).Children.Single(c => c.Id == "substance-police");

        var table = Assert.Single(police.Blocks.OfType<TableBlock>()).Table;
        Assert.Equal(4, table.Columns.Count);
        Assert.Equal([("Drugs", 10.0, 16.0), ("Possession of weapons", 4.0, 3.0)], table.Rows.Select(r => (r[0].Text!, r[1].Number!.Value, r[2].Number!.Value)));
        Assert.Contains("Only the 2 calendar months with records in both periods are compared", Assert.IsType<ParagraphBlock>(police.Blocks[0]).Text, StringComparison.Ordinal);
        Assert.Contains("police.uk", table.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PoliceOffences_RepeatTheRunsVerdicts()
    {
        var comparison = RateComparison.Compare(120, 12, 200, 12);
        var finding = new YoyFinding(new SeriesKey(ComparisonLevel.CrimeType, "Drugs"), 12, comparison, new DispersionResult(0, 0, double.NaN, double.NaN, false, 0.05), 0.001, YoyVerdict.SignificantIncrease);

        var police = Compose(Input, new SubstanceMisuseSection([finding])).Children.Single(c => c.Id == "substance-police");

        var table = Assert.Single(police.Blocks.OfType<TableBlock>()).Table;
        Assert.Equal(("Drugs", 120.0, 200.0, "Significant increase"), (table.Rows[0][0].Text!, table.Rows[0][1].Number!.Value, table.Rows[0][2].Number!.Value, table.Rows[0][4].Text!));
        Assert.Equal("Not tested (no records)", table.Rows[1][4].Text);
    }

    [Fact]
    public void With_AppendsFurtherSubsectionsAfterTheBuiltInOnes()
    {
        var extra = new ReportSection("drug-markets", "Drug markets", [new ParagraphBlock("Seizures.")], []);

        var section = Compose(Input, new SubstanceMisuseSection().With(_ => [extra]));

        Assert.Equal(["substance-police", "drug-markets"], section.Children.Select(c => c.Id));
    }

    [Fact]
    public void DefaultComposer_HasTheSubstanceMisuseChapter() =>
        Assert.Contains(SubstanceMisuseSection.PartKey, new StrategicAssessmentComposer().Keys);
}
