using Assessment.Core.Spatial;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Spatial;

public sealed class BritishNationalGridTests
{
    // ONS publishes each LSOA's centroid both as BNG_E/BNG_N (whole metres) and LONG/LAT; a Helmert datum shift is good to about 5 m.
    private const double ToleranceMetres = 5;

    public static TheoryData<string> LsoaCodes()
    {
        var data = new TheoryData<string>();
        foreach (var p in SpatialFixture.Load("bng_lsoa11.json").GetProperty("points").EnumerateArray()) data.Add(p.GetProperty("code").GetString()!);
        return data;
    }

    private static (double E, double N, double Lon, double Lat) Published(string code)
    {
        var p = SpatialFixture.Load("bng_lsoa11.json").GetProperty("points").EnumerateArray().Single(x => x.GetProperty("code").GetString() == code);
        return (p.GetProperty("easting").GetDouble(), p.GetProperty("northing").GetDouble(), p.GetProperty("longitude").GetDouble(), p.GetProperty("latitude").GetDouble());
    }

    [Theory]
    [MemberData(nameof(LsoaCodes))]
    public void ToGrid_PublishedLsoaCentroid_WithinFiveMetresOfPublishedEastingNorthing(string code)
    {
        var (e, n, lon, lat) = Published(code);
        var grid = BritishNationalGrid.ToGrid(lon, lat);
        Assert.True(grid.DistanceTo(new GridCoordinate(e, n)) <= ToleranceMetres, $"{code}: got {grid}, published ({e} E, {n} N)");
    }

    [Theory]
    [MemberData(nameof(LsoaCodes))]
    public void ToLonLat_PublishedEastingNorthing_WithinFiveMetresOfPublishedLonLat(string code)
    {
        var (e, n, lon, lat) = Published(code);
        var back = BritishNationalGrid.ToLonLat(e, n);
        // Degrees to metres on the ground at this latitude (a local approximation, ample at the metre scale).
        var east = (back.Longitude - lon) * 111_320 * Math.Cos(lat * Math.PI / 180);
        var north = (back.Latitude - lat) * 110_574;
        Assert.True(Math.Sqrt(east * east + north * north) <= ToleranceMetres, $"{code}: got {back}, published ({lon}, {lat})");
    }

    [Fact]
    public void ToLonLat_OfToGrid_ReturnsStartWithinTwoCentimetres()
    {
        // ProjNet inverts the Helmert shift by reversing its signs, an approximation measured at up to 1 cm in Kent.
        var start = BritishNationalGrid.ToGrid(1.0795, 51.2802);
        var again = BritishNationalGrid.ToGrid(BritishNationalGrid.ToLonLat(start));
        Assert.True(start.DistanceTo(again) < 0.02, $"{start} came back as {again}");
    }

    [Fact]
    public void ToGrid_CalledFromManyThreads_GivesTheSameAnswerAsOneThread()
    {
        var inputs = Enumerable.Range(0, 2000).Select(i => new LonLat(0.9 + i * 1e-4, 51.1 + i * 5e-5)).ToArray();
        var serial = inputs.Select(BritishNationalGrid.ToGrid).ToArray();
        var parallel = new GridCoordinate[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = BritishNationalGrid.ToGrid(inputs[i]));
        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void ToGrid_Geometry_TransformsEveryVertexAndSetsSrid()
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var square = factory.CreatePolygon([new(1.0, 51.2), new(1.1, 51.2), new(1.1, 51.3), new(1.0, 51.3), new(1.0, 51.2)]);
        var grid = BritishNationalGrid.ToGrid(square);
        Assert.Equal(27700, grid.SRID);
        Assert.Equal(4326, square.SRID);
        Assert.Equal(1.0, square.Coordinates[0].X);
        var expected = BritishNationalGrid.ToGrid(1.1, 51.3);
        Assert.Equal(expected.Easting, grid.Coordinates[2].X, 1e-6);
        Assert.Equal(expected.Northing, grid.Coordinates[2].Y, 1e-6);
        // About 7 km × 11 km.
        Assert.InRange(grid.Area / 1e6, 70, 85);
        var back = BritishNationalGrid.ToLonLat(grid);
        Assert.Equal(4326, back.SRID);
        Assert.Equal(1.1, back.Coordinates[2].X, 1e-6);
    }

    [Theory]
    [InlineData(double.NaN, 51.0)]
    [InlineData(181.0, 51.0)]
    [InlineData(1.0, -91.0)]
    public void ToGrid_InvalidLonLat_Throws(double lon, double lat) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BritishNationalGrid.ToGrid(lon, lat));
}
