using Assessment.Core.Geography;
using Assessment.Core.Trends;
using Assessment.Files.Geography;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Trends;

/// <summary><see cref="WardLocator"/> on the real Canterbury 2025 ward boundaries.</summary>
public sealed class WardLocatorTests
{
    private static readonly string WardFile = Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson");

    private static IReadOnlyList<BoundaryFeature> Features() => BoundaryFile.Read(WardFile);

    [Fact]
    public void FromFeatures_CanterburyWards_ReadsTwentyOneWardsByName()
    {
        var locator = WardLocator.FromFeatures(Features(), "wards");

        Assert.Equal(21, locator.Wards.Count);
        Assert.Contains(new Ward("E05010392", "Beltinge"), locator.Wards);
        Assert.Equal(locator.Wards.Select(w => w.Name).Order(StringComparer.Ordinal), locator.Wards.Select(w => w.Name));
    }

    [Fact]
    public void Locate_GridOverTheDistrict_AgreesWithTestingEveryPolygonDirectly()
    {
        var features = Features();
        var locator = WardLocator.FromFeatures(features, "wards");
        var factory = new GeometryFactory();
        var extent = new Envelope();
        foreach (var f in features) extent.ExpandToInclude(f.Geometry.EnvelopeInternal);

        var located = 0;
        for (var i = 0; i <= 60; i++)
        for (var j = 0; j <= 60; j++)
        {
            var lon = extent.MinX + extent.Width * i / 60;
            var lat = extent.MinY + extent.Height * j / 60;
            // Brute force without index or prepared geometry: every polygon that covers the point, lowest code first.
            var point = factory.CreatePoint(new Coordinate(lon, lat));
            var expected = features.Where(f => f.Geometry.Covers(point)).Select(f => f.Property("WD25CD")).Order(StringComparer.Ordinal).FirstOrDefault();
            var actual = locator.Locate(lon, lat)?.Code;
            Assert.Equal(expected, actual);
            if (actual is not null) located++;
        }

        // The grid spans the district's bounding box, so some points fall in wards and some outside all of them.
        Assert.InRange(located, 500, 3720);
    }

    [Fact]
    public void Locate_PointFarAway_IsNull() => Assert.Null(WardLocator.FromFeatures(Features(), "wards").Locate(-3.0, 53.0));

    [Fact]
    public void FromFeatures_NoWardCodeProperty_ThrowsNamingWhatIsThere()
    {
        var feature = Features()[0];
        var bare = new BoundaryFeature(feature.Geometry, new Dictionary<string, string?> { ["NAME"] = "x" });

        var ex = Assert.Throws<BoundaryDataException>(() => WardLocator.FromFeatures([bare], "wards.geojson"));
        Assert.Equal("wards.geojson: the features have no ward code (e.g. WD25CD) property; found NAME.", ex.Message);
    }

    [Fact]
    public void FromFeatures_TwoVintages_UsesTheLatest()
    {
        var feature = Features()[0];
        var both = new BoundaryFeature(feature.Geometry, new Dictionary<string, string?>
        {
            ["WD24CD"] = "E05000001", ["WD24NM"] = "Old name", ["WD25CD"] = "E05999999", ["WD25NM"] = "New name",
        });

        Assert.Equal(new Ward("E05999999", "New name"), Assert.Single(WardLocator.FromFeatures([both], "w").Wards));
    }

    [Fact]
    public void FromFeatures_RepeatedCode_Throws()
    {
        var features = Features();
        Assert.Throws<BoundaryDataException>(() => WardLocator.FromFeatures([features[0], features[0]], "w"));
    }

    /// <summary>Three unit squares (0.25° side) meeting at (1.25, 51.25): A west, B east, C north of A.</summary>
    private static WardLocator Squares()
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        BoundaryFeature Square(double x, double y, string code, string name) => new(
            factory.CreatePolygon([new(x, y), new(x + 0.25, y), new(x + 0.25, y + 0.25), new(x, y + 0.25), new(x, y)]),
            new Dictionary<string, string?> { ["WD25CD"] = code, ["WD25NM"] = name });
        return WardLocator.FromFeatures([Square(1.0, 51.0, "E05000002", "Town"), Square(1.25, 51.0, "E05000001", "Town"), Square(1.0, 51.25, "E05000003", "Hill")], "squares");
    }

    [Fact]
    public void HoldingArea_KeepsWardsWithAtLeastHalfTheirRecordsInTheArea()
    {
        // A: 10 in, 10 out (exactly half: kept); B: 4 in, 5 out (under half: a neighbour); C: nothing in the area;
        // a point in no ward is ignored.
        PointRecordCount[] points =
        [
            new(1.1, 51.1, 6, 0), new(1.2, 51.1, 4, 10),
            new(1.3, 51.1, 4, 5),
            new(1.1, 51.3, 0, 50),
            new(2.0, 52.0, 99, 0),
        ];

        Assert.Equal(["E05000002"], Squares().HoldingArea(points).Select(w => w.Code));
    }

    [Fact]
    public void HoldingArea_FilesCutToTheArea_KeepsEveryWardWithAnInAreaRecord() =>
        Assert.Equal(["E05000003", "E05000001", "E05000002"],
            Squares().HoldingArea([new(1.1, 51.1, 1, 0), new(1.3, 51.1, 1, 0), new(1.1, 51.3, 1, 0)]).Select(w => w.Code));

    [Theory]
    [InlineData(1.25, 51.125, "E05000001")] // on the edge A | B: both cover it, B has the smaller code
    [InlineData(1.125, 51.25, "E05000002")] // on the edge A | C: A has the smaller code
    [InlineData(1.25, 51.25, "E05000001")] // on the vertex shared by A, B and C
    [InlineData(1.0, 51.0, "E05000002")] // on A's outer corner, in no other ward
    [InlineData(1.125, 51.125, "E05000002")] // inside A
    public void Locate_OnASharedBoundaryOrVertex_GivesTheSmallestCodeAmongTheWardsCoveringIt(double lon, double lat, string code) =>
        Assert.Equal(code, Squares().Locate(lon, lat)?.Code);

    [Fact]
    public void Wards_TwoWardsWithOneName_AreKeptApartByCode()
    {
        var town = Squares().Wards.Where(w => w.Name == "Town").Select(w => w.Code).Order(StringComparer.Ordinal);

        Assert.Equal(["E05000001", "E05000002"], town);
    }
}
