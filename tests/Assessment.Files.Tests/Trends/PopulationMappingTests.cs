using Assessment.Core.Geography;
using Assessment.Core.Profile;
using Assessment.Files.Geography;
using Assessment.Files.Trends;

namespace Assessment.Files.Tests.Trends;

/// <summary>
/// The real File 6 population of Canterbury's 2011 LSOAs, mapped to its 2021 LSOAs through the lookup derived from both
/// vintages' real boundaries: the area total is conserved exactly, and split LSOAs are shared by area.
/// </summary>
public sealed class PopulationMappingTests
{
    private static readonly string File6 = Path.Combine(RepositoryPaths.DataSamples, "File_6_-_IoD2019_Population_Denominators.xlsx");
    private static readonly string Lsoa11 = Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa11.geojson");
    private static readonly string Lsoa21 = Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa21.geojson");

    [Fact]
    public void To2021_Canterbury_ConservesTheResidentsOfThe2011LsoasThatMapIntoTheArea()
    {
        var (population, lookup, polygons11, polygons21) = Canterbury();

        var mapped = LsoaPopulationMapping.To2021(population, lookup, polygons11, polygons21);

        var area21 = polygons21.Keys.ToList();
        var from2011 = area21.SelectMany(c => lookup.Counterparts(c, LsoaVintage.Census2011))
            .Distinct().Sum(c => population.For(c)!.Value);
        var area = mapped.Population.ForArea(area21);
        Assert.Equal(92, area.LsoasWithPopulation);
        Assert.Equal(0, area.LsoasWithoutPopulation);
        Assert.Equal(from2011, area.Residents, 6);
        // PROVENANCE.md: Canterbury E07000106, 90 LSOAs, 159,663 people.
        Assert.Equal(159_663, area.Residents, 6);
        Assert.Equal((2, 2), (mapped.SharedLsoas, mapped.SharedByArea));
    }

    [Fact]
    public void To2021_Canterbury_EachSplitLsoaIsSharedAmongItsPartsInProportionToArea()
    {
        var (population, lookup, polygons11, polygons21) = Canterbury();

        var mapped = LsoaPopulationMapping.To2021(population, lookup, polygons11, polygons21).Population;

        var splits = polygons11.Keys.Where(c => lookup.Counterparts(c, LsoaVintage.Census2021).Count > 1).ToList();
        Assert.Equal(2, splits.Count);
        foreach (var old in splits)
        {
            var parts = lookup.Counterparts(old, LsoaVintage.Census2021);
            var overlaps = parts.Select(p => polygons11[old].Intersection(polygons21[p]).Area).ToList();
            Assert.Equal(population.For(old)!.Value, parts.Sum(p => mapped.For(p)!.Value), 6);
            for (var i = 0; i < parts.Count; i++)
                Assert.Equal(population.For(old)!.Value * overlaps[i] / overlaps.Sum(), mapped.For(parts[i])!.Value, 6);
            Assert.Equal(population.AgesOf(old)!.Total, parts.Sum(p => mapped.AgesOf(p)!.Total), 6);
        }
    }

    private static (Core.Trends.LsoaPopulation Population, LsoaVintageLookup Lookup, Dictionary<string, NetTopologySuite.Geometries.Geometry> Polygons11, Dictionary<string, NetTopologySuite.Geometries.Geometry> Polygons21) Canterbury()
    {
        var lsoas11 = BoundaryFile.Read(Lsoa11, "LSOA11CD");
        var lsoas21 = BoundaryFile.Read(Lsoa21, "LSOA21CD");
        return (PopulationFile.Read(File6), LsoaOverlapLookup.Derive(lsoas11, lsoas21, "Canterbury boundaries"),
            lsoas11.ToDictionary(f => f.Property("LSOA11CD")!, f => f.Geometry), lsoas21.ToDictionary(f => f.Property("LSOA21CD")!, f => f.Geometry));
    }
}
