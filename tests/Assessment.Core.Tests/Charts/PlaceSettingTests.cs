using Assessment.Core.Charts;
using Assessment.Core.Configuration;
using Assessment.Files.Geography;

namespace Assessment.Core.Tests.Charts;

/// <summary><see cref="PlaceSetting.Resolve"/> against the sample's ward boundaries.</summary>
public sealed class PlaceSettingTests
{
    private static readonly Lazy<IReadOnlyList<Assessment.Core.Geography.BoundaryFeature>> Wards =
        new(() => BoundaryFile.Read(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson")));

    [Fact]
    public void Resolve_ByOneWard_IsInsideThatWardAndNoOther()
    {
        var place = new PlaceSetting("Canterbury city centre", MapPlaceKind.Centre, null, null, ["westgate"]).Resolve(Wards.Value, "WD25NM");

        var point = Wards.Value[0].Geometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(place.Longitude, place.Latitude));
        Assert.Equal(["Westgate"], Wards.Value.Where(w => w.Geometry.Covers(point)).Select(w => w.Property("WD25NM")));
        Assert.Equal(MapPlaceKind.Centre, place.Kind);
    }

    [Fact]
    public void Resolve_ByTwoWards_IsInsideOneOfThem()
    {
        var place = new PlaceSetting("Whitstable", MapPlaceKind.Town, null, null, ["Gorrell", "Tankerton"]).Resolve(Wards.Value, "WD25NM");

        var point = Wards.Value[0].Geometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(place.Longitude, place.Latitude));
        Assert.Contains(Wards.Value.Where(w => w.Geometry.Covers(point)).Select(w => w.Property("WD25NM")), n => n is "Gorrell" or "Tankerton");
    }

    [Fact]
    public void Resolve_Position_IsTakenAsGiven()
    {
        var place = new PlaceSetting("Herne Bay", MapPlaceKind.Town, 1.128, 51.373, []).Resolve(Wards.Value, "WD25NM");

        Assert.Equal(new MapPlace("Herne Bay", 1.128, 51.373), place);
    }

    [Fact]
    public void Resolve_UnknownWard_NamesItAndListsTheWards()
    {
        var e = Assert.Throws<ArgumentException>(() => new PlaceSetting("Nowhere", MapPlaceKind.Town, null, null, ["Atlantis"]).Resolve(Wards.Value, "WD25NM"));

        Assert.Contains("\u201cAtlantis\u201d", e.Message, StringComparison.Ordinal);
        Assert.Contains("Barton, Beltinge", e.Message, StringComparison.Ordinal);
    }
}
