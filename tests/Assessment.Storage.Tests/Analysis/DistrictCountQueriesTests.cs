using System.Text.RegularExpressions;
using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Files.Benchmarking;
using Assessment.Files.Lookups;
using Assessment.Files.Trends;
using Assessment.Storage.Analysis;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>
/// Counts by force, district, month and crime type on all 16 real Kent months: against the CSV text, and against the
/// compact table shipped in data-samples, so the comparison computed from the store and from the table agree.
/// </summary>
public sealed partial class DistrictCountQueriesTests(KentAccountingTests.KentStore kent) : IClassFixture<KentAccountingTests.KentStore>
{
    private static readonly string ShippedTable = Path.Combine(RepositoryPaths.DataSamples, "benchmark", "kent-counts-by-district.csv");

    [Fact]
    public void CountsByDistrict_WholeKent_MatchesACountOfTheCsvText()
    {
        var expected = IndependentCount.StreetFiles(KentAccountingTests.KentStore.Folder)
            .SelectMany(IndependentCount.Rows)
            .GroupBy(r => (District: LsoaCode().Replace(r[8], "").Trim(), Month: r[1], Type: r[9]))
            .ToDictionary(g => g.Key, g => (long)g.Count());

        var actual = DistrictCountQueries.CountsByDistrict(kent.Store);

        Assert.All(actual, c => Assert.Equal("kent", c.Force));
        Assert.Equal(expected.Count, actual.Count);
        foreach (var c in actual) Assert.Equal(expected[(c.District, c.Month.ToString(), c.CrimeType)], c.Count);
    }

    [Fact]
    public void CountsByDistrict_WholeKent_EqualsTheShippedTableRowForRow()
    {
        var fromStore = DistrictCountQueries.CountsByDistrict(kent.Store);

        Assert.Equal(DistrictCountFile.Read(ShippedTable), fromStore);
    }

    [Fact]
    public void ForceComparison_FromTheStoreAndFromTheShippedTable_GivesTheSameRatesAndIntervals()
    {
        var population = PopulationFile.Read(Path.Combine(RepositoryPaths.SharedData, "partners", "population-lsoa11-mid2015", "File_6_-_IoD2019_Population_Denominators.xlsx"));
        var districts = ForceDistricts.For(PartnershipLookup.Load(PartnershipLookup.DefaultFolder), DistrictNameHistory.Load(PartnershipLookup.DefaultFolder),
            ["E07000106"], population.ByDistrict().ToDictionary(d => d.Key, d => d.Value.Residents, StringComparer.Ordinal));
        ForceComparison Run(IReadOnlyList<DistrictCrimeCount> counts) => ForceComparisonAnalysis.Run(new ForceComparisonInput(
            districts.Area.Code, "Kent", "kent", new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 12)), districts.Partnerships,
            districts.PartnershipByDistrictName, counts, [new Core.Trends.TrendTheme("nte", "Night-time economy", ["Violence and sexual offences", "Public order"])], "test"));

        var fromStore = Run(DistrictCountQueries.CountsByDistrict(kent.Store));
        var fromTable = Run(DistrictCountFile.Read(ShippedTable));

        Assert.Equal(12, fromStore.AllCrime.Partnerships.Count);
        Assert.Empty(fromStore.PartnershipsWithoutRows);
        Assert.Equal(fromStore.Themes.SelectMany(t => t.Partnerships), fromTable.Themes.SelectMany(t => t.Partnerships));
        Assert.Equal(fromStore.AllCrime.ForceRate, fromTable.AllCrime.ForceRate);
        Assert.Equal(fromStore.LeftOut.Total, fromTable.LeftOut.Total);
    }

    [GeneratedRegex("[0-9]{3}[A-Z]$")]
    private static partial Regex LsoaCode();
}
