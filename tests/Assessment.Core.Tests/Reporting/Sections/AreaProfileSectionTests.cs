using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Core.Profile;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Reporting.Sections;

/// <summary>The area profile chapter with and without its data.</summary>
public sealed class AreaProfileSectionTests
{
    private static readonly AssessmentReportInput Input = new("Example CSP", "Example", new AssessmentPeriod(new YearMonth(2025, 12), 12), new DateOnly(2026, 3, 5), "OFFICIAL", [], []);

    private static readonly MonthRange Year = new(new YearMonth(2025, 1), new YearMonth(2025, 12));

    private static ReportSection Compose(AreaProfile? profile) =>
        Assert.Single(new AreaProfileSection(profile).Compose(new ReportSectionContext(Input, CrimeCountSummary.From(Input))));

    private static readonly PopulationProfile Population = new(159_663, 92, 0, "File_6_-_IoD2019_Population_Denominators.xlsx", "mid-2015",
        LsoaVintage.Census2011, LsoaVintage.Census2021, 2, "derived by overlap", new AgeBands(25_524, 93_557, 40_582), new AgeBands(10_405_000, 32_000_000, 12_900_000));

    private static AreaProfile Full()
    {
        var lsoas = Enumerable.Range(0, 15).Select(i => Rate("lsoa", $"E0110{i:D4}", $"Example {i:D3}A", 100 + i, 1500)).ToList();
        return new AreaProfile("Example", Year)
        {
            Population = Population,
            Deprivation = new DeprivationProfile([new("E01024081", "Example 001C", 2768), new("E01024049", "Example 014B", 3152), new("E01024090", "Example 020A", 30000)], [2, 0, 0, 0, 0, 0, 0, 0, 0, 1], 0, "imd.csv", true),
            AreaRates = [Rate("area", "Example", "Example", 1600, 22_500)],
            WardRates = [Rate("ward", "E05000001", "North", 1000, 10_000), Rate("ward", "E05000002", "South", 600, 12_500)],
            LsoaRates = lsoas,
            Series = [(AreaProfile.AllSeries, AreaProfile.AllSeriesLabel)],
        };
    }

    private static ProfileRate Rate(string level, string code, string name, long count, double residents) =>
        new(level, code, name, AreaProfile.AllSeries, AreaProfile.AllSeriesLabel, count, residents, 1, 1000.0 * count / residents, 900.0 * count / residents, 1100.0 * count / residents);

    [Fact]
    public void Compose_NoProfile_SaysSoInOneLine()
    {
        var section = Compose(null);

        Assert.Empty(section.Children);
        var line = Assert.IsType<ParagraphBlock>(Assert.Single(section.Blocks));
        Assert.Contains("population:", line.Text);
        Assert.Contains("inputs.imd", line.Text);
    }

    [Theory]
    [InlineData(ProfileGap.NotConfigured, "No population file is configured (population: in the configuration)", "No IMD 2019 file is configured (inputs.imd in the configuration)")]
    [InlineData(ProfileGap.NeedsLookup, "The population file (p.xlsx) gives 2011 LSOAs and none of them matches the area's LSOAs; give a 2011↔2021 LSOA lookup (area.lsoa_lookup", "The IMD file (imd.csv) ranks 2011 LSOAs and none of the area's LSOAs is among them; give a 2011↔2021 LSOA lookup")]
    [InlineData(ProfileGap.NoMatch, "The population file (p.xlsx) lists none of the area's 92 LSOAs", "The IMD file (imd.csv) lists none of the area's 2011 LSOAs")]
    public void Compose_PopulationAndImdAbsent_OneLineEachAndNoChildren(ProfileGap gap, string population, string imd)
    {
        var section = Compose(new AreaProfile("Example", Year) { PopulationGap = gap, DeprivationGap = gap, PopulationFile = "p.xlsx", ImdFile = "imd.csv", AreaLsoas = 92 });

        Assert.Empty(section.Children);
        var lines = section.Blocks.Select(b => Assert.IsType<ParagraphBlock>(b).Text).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith(population, lines[0], StringComparison.Ordinal);
        Assert.StartsWith(imd, lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Full_StatesVintageSourceLicenceAndApportioningRule()
    {
        var population = Compose(Full()).Children.Single(c => c.Id == "area-profile-population");

        var text = string.Join(" ", population.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("159,663 residents (mid-2015, 2011 LSOAs, mapped to 2021 LSOAs)", text);
        Assert.Contains(AreaProfileWording.MappingRule, text);
        Assert.Contains("2 of the area's 2011 LSOAs were shared out", text);
        var ages = Assert.Single(population.Blocks.OfType<TableBlock>()).Table;
        Assert.Contains("Office for National Statistics licensed under the Open Government Licence v.3.0", ages.Source);
        Assert.Equal(["0–15", "16–59", "60 and over"], ages.Rows.Select(r => r[0].Text));
        Assert.Equal(25_524.0 / 159_663, ages.Rows[0][2].Number!.Value, 12);
    }

    [Fact]
    public void Compose_Full_DecilesChartAndTheMostDeprivedFirst()
    {
        var deprivation = Compose(Full()).Children.Single(c => c.Id == "area-profile-deprivation");

        var tables = deprivation.Blocks.OfType<TableBlock>().Select(t => t.Table).ToList();
        Assert.Equal([2.0, 0, 0, 0, 0, 0, 0, 0, 0, 1], tables[0].Rows.Select(r => r[1].Number!.Value));
        Assert.Equal(["Example 001C", "Example 014B", "Example 020A"], tables[1].Rows.Select(r => r[0].Text));
        Assert.Contains("Open Government Licence v3.0", tables[0].Source);
        Assert.Single(deprivation.Blocks.OfType<ChartBlock>());
        Assert.Contains("2 are among the 10% most deprived", Assert.IsType<ParagraphBlock>(deprivation.Blocks[0]).Text);
    }

    [Fact]
    public void Compose_Full_RatesTopLsoasOnlyWithWardChartAndTheFootfallNote()
    {
        var rates = Compose(Full()).Children.Single(c => c.Id == "area-profile-rates");

        var tables = rates.Blocks.OfType<TableBlock>().Select(t => t.Table).ToList();
        Assert.Equal(["North", "South"], tables[0].Rows.Select(r => r[0].Text));
        Assert.Equal(AreaProfileSection.TopLsoas, tables[1].Rows.Count);
        Assert.Equal("Example 014A", tables[1].Rows[0][0].Text);
        Assert.Contains(rates.Blocks.OfType<CalloutBlock>(), c => c.Text.Contains("city centre", StringComparison.Ordinal));
        Assert.Contains(AreaProfileSection.ProfileRatesFile, string.Join(" ", rates.Blocks.OfType<ParagraphBlock>().Select(p => p.Text)));
        Assert.Single(rates.Blocks.OfType<ChartBlock>());
    }

    [Fact]
    public void Compose_2011PopulationPartlyMatchedWithoutLookup_SaysUnderstatedAndAsksForTheLookup()
    {
        var partial = Population with { LsoasWithout = 3, LookupSource = null, AreaVintage = LsoaVintage.Census2011, SharedLsoas = 0 };

        var text = string.Join(" ", Compose(new AreaProfile("Example", Year) { Population = partial }).Children[0].Blocks.OfType<ParagraphBlock>().Select(p => p.Text));

        Assert.Contains("3 of the area's LSOAs have no population in the file, so the total and every rate that uses it are understated", text);
        Assert.Contains("area.lsoa_lookup", text);
        Assert.Contains("(mid-2015, 2011 LSOAs)", text);
    }
}
