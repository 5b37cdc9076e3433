using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Core.Tests.Reporting.Sections;

public sealed class DrugMarketContextTests
{
    private static readonly AssessmentReportInput Input = new("Example CSP", "Canterbury", new AssessmentPeriod(new YearMonth(2025, 12), 12), new DateOnly(2026, 3, 5), "OFFICIAL", [], []);

    private static readonly DrugMarketSummary Full = new("Kent",
        [new DrugSeizureYear("2017-18", 3323, 900, 2000), new DrugSeizureYear("2018-19", 3678, null, 2100)],
        "Kent",
        [new CountyDrugYear(2017, 200, 400, 1_550_000), new CountyDrugYear(2018, 186, null, 1_568_623)],
        2);

    [Fact]
    public void Build_NothingConfigured_IsOneSubSectionOfOneSentence()
    {
        var section = Assert.Single(DrugMarketContext.Build(Input));

        Assert.Contains("inputs.drug_seizures", Assert.IsType<ParagraphBlock>(Assert.Single(section.Blocks)).Text);
    }

    [Fact]
    public void Build_ForceAndCountyNotInTheTables_SaysWhichInOneSentence()
    {
        var section = Assert.Single(DrugMarketContext.Build(Input with { DrugMarket = new DrugMarketSummary("Kent", [], null, [], 10) }));

        var text = Assert.IsType<ParagraphBlock>(Assert.Single(section.Blocks)).Text;
        Assert.Contains("\"Kent\"", text);
        Assert.Contains("area.county", text);
    }

    [Fact]
    public void Build_Seizures_GiveTableChartAndTheForceLevelCaveat()
    {
        var sections = DrugMarketContext.Build(Input with { DrugMarket = Full });

        var seizures = sections.Single(s => s.Id == "drug-seizures");
        var text = seizures.Blocks.OfType<ParagraphBlock>().Single().Text;
        Assert.Contains("3,678 drug seizures in 2018-19", text);
        Assert.Contains("3,323 in 2017-18", text);
        Assert.Contains("whole force area, not the extent of drug use or supply in Canterbury", text);
        Assert.Contains("compiled", text);
        var table = seizures.Blocks.OfType<TableBlock>().Single().Table;
        Assert.Equal(["2017-18", "2018-19"], table.Rows.Select(r => r[0].Text));
        Assert.Equal("–", table.Rows[1][2].Text);
        Assert.Contains("Open Government Licence v3.0; financial years 2017-18 to 2018-19", table.Source);
        Assert.Single(seizures.Blocks.OfType<ChartBlock>());
    }

    [Fact]
    public void Build_County_GivesRatesAndSaysItIsNotTheDistrict()
    {
        var county = DrugMarketContext.Build(Input with { DrugMarket = Full }).Single(s => s.Id == "county-drug-misuse");

        var text = county.Blocks.OfType<ParagraphBlock>().Single().Text;
        Assert.Contains("186 deaths related to drug misuse were registered in Kent in 2018 (200 in 2017)", text);
        Assert.Contains("400 hospital admissions for drug misuse in 2017", text);
        Assert.Contains("whole of Kent, not Canterbury", text);
        var table = county.Blocks.OfType<TableBlock>().Single().Table;
        Assert.Equal(200.0 / 1_550_000 * 100_000, table.Rows[0][2].Number!.Value, 9);
        Assert.Equal("–", table.Rows[1][3].Text);
    }

    [Fact]
    public void Build_OnlyCounty_GivesOnlyTheCountySubSection()
    {
        var sections = DrugMarketContext.Build(Input with { DrugMarket = Full with { Seizures = [] } });

        Assert.Equal(["county-drug-misuse"], sections.Select(s => s.Id));
    }

    [Fact]
    public void Build_AYearOutOfAllProportion_IsLeftOutOfTheComparisonAndSaidWhy()
    {
        // The compiled admissions table's Kent row: 410 in 2019, then 40.0 in 2020.
        var summary = Full with { CountyYears = [new CountyDrugYear(2009, 126, 172, null), new CountyDrugYear(2019, 200, 410, null), new CountyDrugYear(2020, 210, 40, null)] };

        var county = DrugMarketContext.Build(Input with { DrugMarket = summary }).Single(s => s.Id == "county-drug-misuse");

        var text = county.Blocks.OfType<ParagraphBlock>().Single().Text;
        Assert.Contains("410 hospital admissions for drug misuse in 2019 (172 in 2009)", text);
        Assert.Contains("210 deaths related to drug misuse were registered in Kent in 2020", text);
        var warning = Assert.Single(county.Blocks.OfType<CalloutBlock>());
        Assert.Contains("The 2020 figure for admissions (40) is under a quarter of 2019's (410)", warning.Text);
        Assert.Equal(3, county.Blocks.OfType<TableBlock>().Single().Table.Rows.Count);
    }
}
