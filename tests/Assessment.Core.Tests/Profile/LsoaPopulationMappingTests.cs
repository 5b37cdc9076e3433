using Assessment.Core.Geography;
using Assessment.Core.Profile;
using Assessment.Core.Trends;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Profile;

/// <summary>
/// Mapping a 2011-LSOA population to 2021 LSOAs on made-up squares: A (1 × 1) split into A1 (its left three quarters)
/// and A2 (the right quarter); B and C merged into D; E unchanged.
/// </summary>
public sealed class LsoaPopulationMappingTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly LsoaVintageLookup Lookup = new(
    [
        new("E01000001", "E01100001", LsoaChangeKind.Split), new("E01000001", "E01100002", LsoaChangeKind.Split),
        new("E01000002", "E01100003", LsoaChangeKind.Merged), new("E01000003", "E01100003", LsoaChangeKind.Merged),
        new("E01000004", "E01000004", LsoaChangeKind.Unchanged),
    ], "test lookup");

    private static readonly Dictionary<string, Geometry> Polygons2011 = new() { ["E01000001"] = Box(0, 0, 1, 1) };

    private static readonly Dictionary<string, Geometry> Polygons2021 = new() { ["E01100001"] = Box(0, 0, 0.75, 1), ["E01100002"] = Box(0.75, 0, 1, 1) };

    private static readonly LsoaPopulation Population2011 = new(
    [
        new("E01000001", 1000, new LsoaDistrict("E07000106", "Canterbury"), new AgeBands(200, 600, 200)),
        new("E01000002", 1500), new("E01000003", 1700), new("E01000004", 1200), new("E01099999", 5000),
    ], "p.csv", LsoaVintage.Census2011, "mid-2015");

    [Fact]
    public void To2021_SplitWithPolygons_SharesByAreaOverlap()
    {
        var mapped = LsoaPopulationMapping.To2021(Population2011, Lookup, Polygons2011, Polygons2021);

        Assert.True(mapped.Mapped);
        Assert.Equal(LsoaVintage.Census2021, mapped.Population.Vintage);
        Assert.Equal(750, mapped.Population.For("E01100001")!.Value, 9);
        Assert.Equal(250, mapped.Population.For("E01100002")!.Value, 9);
        Assert.Equal((1, 1), (mapped.SharedLsoas, mapped.SharedByArea));
        Assert.Equal(new AgeBands(150, 450, 150), Round(mapped.Population.AgesOf("E01100001")!));
        Assert.Equal(new LsoaDistrict("E07000106", "Canterbury"), mapped.Population.DistrictOf("E01100002"));
    }

    [Fact]
    public void To2021_SplitWithoutPolygons_SharesEqually()
    {
        var mapped = LsoaPopulationMapping.To2021(Population2011, Lookup, new Dictionary<string, Geometry>(), new Dictionary<string, Geometry>());

        Assert.Equal(500, mapped.Population.For("E01100001")!.Value, 9);
        Assert.Equal(500, mapped.Population.For("E01100002")!.Value, 9);
        Assert.Equal((1, 0), (mapped.SharedLsoas, mapped.SharedByArea));
    }

    [Fact]
    public void To2021_MergedAndUnchanged_CarryResidentsWholeAndConserveTheTotal()
    {
        var mapped = LsoaPopulationMapping.To2021(Population2011, Lookup, Polygons2011, Polygons2021);

        Assert.Equal(3200, mapped.Population.For("E01100003"));
        Assert.Equal(1200, mapped.Population.For("E01000004"));
        // LSOAs the lookup does not hold are left out; those it holds are conserved.
        Assert.Null(mapped.Population.For("E01099999"));
        Assert.Equal(1000 + 1500 + 1700 + 1200, mapped.Population.Lsoas.Sum(l => l.Residents), 9);
        Assert.Equal(4, mapped.Population.Count);
    }

    [Fact]
    public void To2021_PopulationOf2021OrNoLookup_IsUsedAsItIs()
    {
        var of2021 = new LsoaPopulation([new("E01100001", 10)], "p21.csv", LsoaVintage.Census2021);

        Assert.Same(of2021, LsoaPopulationMapping.To2021(of2021, Lookup, Polygons2011, Polygons2021).Population);
        var unmapped = LsoaPopulationMapping.To2021(Population2011, null, Polygons2011, Polygons2021);
        Assert.Same(Population2011, unmapped.Population);
        Assert.False(unmapped.Mapped);
    }

    private static AgeBands Round(AgeBands a) => new(Math.Round(a.Children, 9), Math.Round(a.WorkingAge, 9), Math.Round(a.Older, 9));

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
}
