using Assessment.Core.Spatial;
using Orientation = NetTopologySuite.Algorithm.Orientation;

namespace Assessment.Core.Tests.Spatial;

public sealed class ConvexHullTests
{
    [Fact]
    public void Of_OnePoint_IsPoint()
    {
        var hull = ConvexHull.Of([new GridCoordinate(615_000, 157_000)]);
        Assert.Equal(HullKind.Point, hull.Kind);
        Assert.Equal([new GridCoordinate(615_000, 157_000)], hull.Vertices);
        Assert.Equal(0, hull.AreaSquareMetres);
    }

    [Fact]
    public void Of_IdenticalPoints_IsPoint()
    {
        var hull = ConvexHull.Of(Enumerable.Repeat(new EventPoint(615_000, 157_000, 3), 5));
        Assert.Equal(HullKind.Point, hull.Kind);
        Assert.Single(hull.Vertices);
    }

    [Fact]
    public void Of_TwoPoints_IsLineBetweenThem()
    {
        var hull = ConvexHull.Of([new GridCoordinate(0, 0), new GridCoordinate(30, 40)]);
        Assert.Equal(HullKind.Line, hull.Kind);
        Assert.Equal(50, hull.Geometry.Length, 1e-12);
        Assert.Equal(2, hull.Vertices.Count);
    }

    [Fact]
    public void Of_CollinearPoints_IsLineBetweenTheEnds()
    {
        var hull = ConvexHull.Of([new GridCoordinate(10, 10), new GridCoordinate(0, 0), new GridCoordinate(20, 20), new GridCoordinate(5, 5)]);
        Assert.Equal(HullKind.Line, hull.Kind);
        Assert.Equal(Math.Sqrt(800), hull.Geometry.Length, 1e-12);
    }

    [Fact]
    public void Of_Square_IsClosedClockwisePolygonWithoutInteriorPoints()
    {
        var hull = ConvexHull.Of([new GridCoordinate(0, 0), new GridCoordinate(100, 0), new GridCoordinate(100, 100), new GridCoordinate(0, 100), new GridCoordinate(50, 50)]);
        Assert.Equal(HullKind.Polygon, hull.Kind);
        Assert.Equal(10_000, hull.AreaSquareMetres, 1e-9);
        Assert.Equal(5, hull.Vertices.Count);
        Assert.Equal(hull.Vertices[0], hull.Vertices[^1]);
        Assert.DoesNotContain(new GridCoordinate(50, 50), hull.Vertices);
        Assert.False(Orientation.IsCCW(hull.Vertices.Select(v => new NetTopologySuite.Geometries.Coordinate(v.Easting, v.Northing)).ToArray()));
    }

    [Fact]
    public void VerticesLonLat_ConvertsEachVertexBackToWgs84()
    {
        var corner = BritishNationalGrid.ToGrid(1.08, 51.28);
        var hull = ConvexHull.Of([corner, new GridCoordinate(corner.Easting + 200, corner.Northing), new GridCoordinate(corner.Easting, corner.Northing + 200)]);
        var lonLat = hull.VerticesLonLat();
        Assert.Equal(hull.Vertices.Count, lonLat.Count);
        Assert.Contains(lonLat, p => Math.Abs(p.Longitude - 1.08) < 1e-6 && Math.Abs(p.Latitude - 51.28) < 1e-6);
        Assert.Equal(4326, hull.ToLonLatGeometry().SRID);
    }

    [Fact]
    public void Of_NoPoints_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => ConvexHull.Of(Array.Empty<GridCoordinate>()));
}
