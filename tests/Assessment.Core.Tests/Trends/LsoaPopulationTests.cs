using Assessment.Core.Geography;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>Residents by LSOA: what the constructor refuses, and district sums.</summary>
public sealed class LsoaPopulationTests
{
    private static readonly LsoaDistrict Canterbury = new("E07000106", "Canterbury");
    private static readonly LsoaDistrict Dover = new("E07000108", "Dover");

    [Fact]
    public void ByDistrict_SumsResidentsAndCountsLsoasOfEachDistrict()
    {
        var population = new LsoaPopulation(
            [new("E01024042", 1381, Canterbury), new("E01024043", 1500.5, Canterbury), new("E01024200", 1700, Dover), new("E01024300", 10)],
            "p.csv", LsoaVintage.Census2011, "mid-2015");

        var districts = population.ByDistrict();

        Assert.Equal(2, districts.Count);
        Assert.Equal(new DistrictPopulation("E07000106", "Canterbury", 2, 2881.5), districts["E07000106"]);
        Assert.Equal(new DistrictPopulation("E07000108", "Dover", 1, 1700), districts["E07000108"]);
        Assert.Equal(4, population.Count);
    }

    [Fact]
    public void Constructor_SameCodeTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => new LsoaPopulation([new("E01024042", 1), new("E01024042", 2)], "p.csv"));

    [Fact]
    public void Constructor_NegativeAgeBand_Throws() =>
        Assert.Throws<ArgumentException>(() => new LsoaPopulation([new("E01024042", 1, null, new AgeBands(-1, 1, 1))], "p.csv"));

    [Fact]
    public void Constructor_MixedVintage_Throws() =>
        Assert.Throws<ArgumentException>(() => new LsoaPopulation([new("E01024042", 1)], "p.csv", LsoaVintage.Mixed));

    [Fact]
    public void AgeBands_AddUpBandByBand() =>
        Assert.Equal(new AgeBands(3, 7, 11), AgeBands.Zero + new AgeBands(1, 2, 3) + new AgeBands(2, 5, 8));
}
