using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Core.Profile;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Profile;

/// <summary>
/// The area profile on a made-up area of three 2021 LSOAs (two in ward North, one in South): E01100001 and E01100002
/// are the halves of split 2011 LSOA E01000001; E01000004 is unchanged.
/// </summary>
public sealed class AreaProfileAnalysisTests
{
    private static readonly MonthRange Year = new(new YearMonth(2025, 1), new YearMonth(2025, 12));
    private static readonly Ward North = new("E05000001", "North");
    private static readonly Ward South = new("E05000002", "South");
    private static readonly string[] AreaLsoas = ["E01100001", "E01100002", "E01000004"];

    private static readonly LsoaVintageLookup Lookup = new(
    [
        new("E01000001", "E01100001", LsoaChangeKind.Split), new("E01000001", "E01100002", LsoaChangeKind.Split),
        new("E01000004", "E01000004", LsoaChangeKind.Unchanged),
    ], "test lookup");

    private static readonly LsoaPopulation File = new(
    [
        new("E01000001", 2000, null, new AgeBands(400, 1200, 400)),
        new("E01000004", 1000, null, new AgeBands(100, 500, 400)),
        new("E01099999", 7000, null, new AgeBands(1400, 4200, 1400)),
    ], "p.csv", LsoaVintage.Census2011, "mid-2015");

    private static readonly LsoaCrimeCount[] Counts =
    [
        new("E01100001", "Town 001E", "Burglary", 10), new("E01100001", "Town 001E", "Drugs", 5),
        new("E01100002", "Town 001F", "Burglary", 0), new("E01000004", "Town 002A", "Drugs", 40),
    ];

    private static AreaProfileInput Input() => new("Town", Year, AreaLsoas, Counts)
    {
        Population = LsoaPopulationMapping.To2021(File, Lookup, new Dictionary<string, NetTopologySuite.Geometries.Geometry>(), new Dictionary<string, NetTopologySuite.Geometries.Geometry>()),
        PopulationFile = File,
        Lookup = Lookup,
        Imd = new ImdRanks([new("E01000001", "Town 001A", 3284), new("E01000004", "Town 002A", 3285)], "imd.csv"),
        WardOfLsoa = new Dictionary<string, Ward> { ["E01100001"] = North, ["E01100002"] = North, ["E01000004"] = South },
        Themes = [new TrendTheme("drugs", "Drugs", ["Drugs"]), new TrendTheme("safeguarding", "Safeguarding", [])],
    };

    [Fact]
    public void Run_MappedPopulation_GivesTheAreaTotalVintageAndAges()
    {
        var population = AreaProfileAnalysis.Run(Input()).Population!;

        Assert.Equal(3000, population.Residents, 9);
        Assert.Equal((3, 0, 1), (population.Lsoas, population.LsoasWithout, population.SharedLsoas));
        Assert.Equal((LsoaVintage.Census2011, LsoaVintage.Census2021, "mid-2015", "test lookup"), (population.FileVintage, population.AreaVintage, population.ReferenceDate, population.LookupSource));
        Assert.Equal(new AgeBands(500, 1700, 800), population.Ages);
        Assert.Equal(new AgeBands(1900, 5900, 2200), population.FileAges);
    }

    [Fact]
    public void Run_ImdThroughTheLookup_GivesNationalDecilesOfThe2011Lsoas()
    {
        var deprivation = AreaProfileAnalysis.Run(Input()).Deprivation!;

        Assert.True(deprivation.ViaLookup);
        Assert.Equal(["E01000001", "E01000004"], deprivation.Lsoas.Select(l => l.Code));
        Assert.Equal([1, 1, 0, 0, 0, 0, 0, 0, 0, 0], deprivation.DecileCounts);
        Assert.Equal(1.0, deprivation.MostDeprivedFifthShare);
    }

    [Fact]
    public void Run_Rates_SumWardsOverTheirLsoasAndRateOnlySeriesWithCrimeTypes()
    {
        var profile = AreaProfileAnalysis.Run(Input());

        Assert.Equal([("all", "All crime and ASB"), ("drugs", "Drugs")], profile.Series);
        var north = profile.WardRates.Single(r => r.Code == North.Code && r.Series == "all");
        // 15 records over the two halves of a 2,000-person LSOA (shared equally without polygons).
        Assert.Equal((15L, 2000.0, 2, 7.5), (north.Count, north.Residents, north.Lsoas, north.Rate));
        var south = profile.WardRates.Single(r => r.Code == South.Code && r.Series == "drugs");
        Assert.Equal((40L, 40.0), (south.Count, south.Rate));
        var area = profile.AreaRates.Single(r => r.Series == "all");
        Assert.Equal((55L, 3000.0), (area.Count, area.Residents));
        Assert.Equal(6, profile.LsoaRates.Count);
        Assert.Equal("Town 001F", profile.LsoaRates.Single(r => r.Code == "E01100002" && r.Series == "all").Name);
    }

    [Fact]
    public void Run_ZeroCount_HasTheExactUpperLimitAndNoLowerOne()
    {
        var zero = AreaProfileAnalysis.Run(Input()).LsoaRates.Single(r => r.Code == "E01100002" && r.Series == "drugs");

        // Garwood: U = ½χ²(0.975; 2) = −ln 0.025 = 3.6889 events over 1,000 residents.
        Assert.Equal(0, zero.Lower);
        Assert.Equal(-Math.Log(0.025), zero.Upper, 6);
    }

    [Fact]
    public void Run_NoPopulationNorImd_SaysWhyForEachAndRatesNothing()
    {
        var profile = AreaProfileAnalysis.Run(Input() with { Population = null, PopulationFile = null, Imd = null });

        Assert.Null(profile.Population);
        Assert.Equal((ProfileGap.NotConfigured, ProfileGap.NotConfigured), (profile.PopulationGap!.Value, profile.DeprivationGap!.Value));
        Assert.Empty(profile.WardRates);
        Assert.Empty(profile.AreaRates);
    }

    [Fact]
    public void Run_2011PopulationWithoutLookup_AsksForTheLookup()
    {
        // The two halves of the split LSOA have 2021 codes only, so nothing of a 2011 file matches them.
        var profile = AreaProfileAnalysis.Run(Input() with
        {
            AreaLsoas = ["E01100001", "E01100002"],
            Population = LsoaPopulationMapping.To2021(File, null, new Dictionary<string, NetTopologySuite.Geometries.Geometry>(), new Dictionary<string, NetTopologySuite.Geometries.Geometry>()),
            Lookup = null,
        });

        Assert.Null(profile.Population);
        Assert.Equal((ProfileGap.NeedsLookup, ProfileGap.NeedsLookup), (profile.PopulationGap!.Value, profile.DeprivationGap!.Value));
        Assert.Equal(("p.csv", "imd.csv", 2), (profile.PopulationFile, profile.ImdFile, profile.AreaLsoas));
    }
}
