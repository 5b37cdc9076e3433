using Assessment.Core.Geography;
using Assessment.Files.Geography;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Geography;

public sealed class BoundaryFeatureTests
{
    [Fact]
    public void Dissolve_AllCanterburyLsoas_CoversTheCityCentreButNotLondon()
    {
        var lsoas = BoundaryFile.Read(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa21.geojson"));

        var district = new BoundaryArea("Canterbury", BoundaryFeature.Dissolve(lsoas, "lsoa"), "lsoa");

        Assert.True(district.Covers(1.0799, 51.2798));   // Canterbury Cathedral
        Assert.False(district.Covers(-0.1276, 51.5072)); // Charing Cross, London
        Assert.Equal(lsoas.Sum(l => l.Geometry.Area), district.Boundary.Area, 6);
    }

    [Fact]
    public void Dissolve_NoFeatures_ThrowsNamingTheSource()
    {
        var ex = Assert.Throws<BoundaryDataException>(() => BoundaryFeature.Dissolve([], "area.geojson"));

        Assert.Equal("area.geojson: contains no features.", ex.Message);
    }

    [Fact]
    public void Property_AbsentOrNull_IsNull()
    {
        var feature = new BoundaryFeature(new GeometryFactory().CreatePolygon([new(0, 0), new(1, 0), new(1, 1), new(0, 0)]),
            new Dictionary<string, string?> { ["WD25NM"] = "Barton", ["CAUTHCD"] = null });

        Assert.Equal("Barton", feature.Property("WD25NM"));
        Assert.Null(feature.Property("CAUTHCD"));
        Assert.Null(feature.Property("wd25nm"));
    }
}
