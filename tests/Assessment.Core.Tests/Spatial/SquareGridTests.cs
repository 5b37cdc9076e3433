using Assessment.Core.Spatial;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Spatial;

public sealed class SquareGridTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 27700);

    [Fact]
    public void Covering_Points_SnapsOriginDownToMultipleOfCellSize()
    {
        var grid = SquareGrid.Covering([new EventPoint(612_345, 155_001), new EventPoint(613_000, 155_600)]);
        Assert.Equal(612_250, grid.OriginEasting);
        Assert.Equal(155_000, grid.OriginNorthing);
        // 613 000 is exactly an edge, so it opens a fourth column; 155 600 lies in the third row.
        Assert.Equal(4, grid.Columns);
        Assert.Equal(3, grid.Rows);
        Assert.Equal(12, grid.Cells.Count);
    }

    [Fact]
    public void TryLocate_PointOnVerticalEdge_BelongsToCellToItsEast()
    {
        var grid = SquareGrid.FromExtent(0, 0, 999, 999);
        Assert.True(grid.TryLocate(250, 100, out var index));
        Assert.Equal((1, 0), (grid.Cells[index].Column, grid.Cells[index].Row));
    }

    [Fact]
    public void TryLocate_PointOnHorizontalEdge_BelongsToCellToItsNorth()
    {
        var grid = SquareGrid.FromExtent(0, 0, 999, 999);
        Assert.True(grid.TryLocate(100, 500, out var index));
        Assert.Equal((0, 2), (grid.Cells[index].Column, grid.Cells[index].Row));
    }

    [Fact]
    public void TryLocate_PointOnCorner_BelongsToCellToItsNorthEast()
    {
        var grid = SquareGrid.FromExtent(0, 0, 999, 999);
        Assert.True(grid.TryLocate(500, 750, out var index));
        Assert.Equal((2, 3), (grid.Cells[index].Column, grid.Cells[index].Row));
    }

    [Theory]
    [InlineData(-0.6, 10)]
    [InlineData(10, 999.5)]
    [InlineData(double.PositiveInfinity, 10)]
    [InlineData(double.NaN, 10)]
    public void TryLocate_OutsideGrid_ReturnsFalse(double easting, double northing)
    {
        var grid = SquareGrid.FromExtent(0, 0, 999, 999);
        Assert.False(grid.TryLocate(easting, northing, out var index));
        Assert.Equal(-1, index);
    }

    [Theory]
    [InlineData(250, 500, 1, 2)]
    [InlineData(250 - 1e-9, 500 + 1e-9, 1, 2)]
    [InlineData(250 + 1e-9, 500 - 1e-9, 1, 2)]
    [InlineData(249.5, 499.5, 1, 2)]
    [InlineData(249.4999, 499.4999, 0, 1)]
    [InlineData(-0.001, 0, 0, 0)]
    public void TryLocate_RoundsToWholeMetresThenHalfOpen(double easting, double northing, int column, int row)
    {
        // A point within a rounding error of a corner goes to the square north-east of it, whichever side it lands.
        var grid = SquareGrid.FromExtent(0, 0, 999, 999);
        Assert.True(grid.TryLocate(easting, northing, out var index));
        Assert.Equal((column, row), (grid.Cells[index].Column, grid.Cells[index].Row));
    }

    [Fact]
    public void TryLocate_SnapPointsOnGridLinesAfterProjection_SameSquareEitherSide()
    {
        // Points on 250 m lines and corners taken to longitude/latitude and back land a hair either side of the line.
        var grid = SquareGrid.FromExtent(612_000, 156_000, 613_999, 157_999);
        var sides = new List<double>();
        foreach (var (e, n) in new[] { (612_250.0, 156_500.0), (612_500.0, 156_130.0), (612_777.0, 157_000.0), (613_750.0, 157_750.0) })
        {
            var back = BritishNationalGrid.ToGrid(BritishNationalGrid.ToLonLat(e, n));
            sides.Add(back.Easting - e);
            sides.Add(back.Northing - n);
            Assert.True(Math.Abs(back.Easting - e) < 0.01 && Math.Abs(back.Northing - n) < 0.01, $"round trip moved ({e}, {n}) to {back}");
            Assert.True(grid.TryLocate(back.Easting, back.Northing, out var index));
            Assert.True(grid.TryLocate(e, n, out var exact));
            Assert.Equal(exact, index);
            Assert.Equal(((int)((e - 612_000) / 250), (int)((n - 156_000) / 250)), (grid.Cells[index].Column, grid.Cells[index].Row));
        }
        // The round trip does not give the lines back exactly, so the rounding is what keeps them in place.
        Assert.Contains(sides, d => d != 0);
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(-0.5, 0)]
    [InlineData(-0.5000001, -1)]
    [InlineData(612_249.999999999, 612_250)]
    [InlineData(612_250.000000001, 612_250)]
    public void ToWholeMetres_NearestHalvesUp(double metres, long expected) => Assert.Equal(expected, SquareGrid.ToWholeMetres(metres));

    [Fact]
    public void Covering_PointsAHairBelowAnEdge_ExtentIncludesTheirRoundedSquare()
    {
        var points = new[] { new EventPoint(612_100, 155_100), new EventPoint(612_499.9999999, 155_249.9999999) };
        var grid = SquareGrid.Covering(points);
        Assert.Equal((3, 2), (grid.Columns, grid.Rows));
        Assert.Equal(0, grid.Count(points).PointsOutside);
    }

    [Theory]
    [InlineData(250.5)]
    [InlineData(2_000_000)]
    public void FromExtent_CellSizeNotWholeMetresOrTooLarge_Throws(double size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SquareGrid.FromExtent(0, 0, 100, 100, size));

    [Fact]
    public void Covering_SinglePoint_IsOneCell()
    {
        var grid = SquareGrid.Covering([new EventPoint(615_100, 157_300, 4)]);
        Assert.Single(grid.Cells);
        Assert.Equal(new GridCoordinate(615_125, 157_375), grid.Cells[0].Centre);
        Assert.Equal([4.0], grid.Count([new EventPoint(615_100, 157_300, 4)]).Values);
    }

    [Fact]
    public void Covering_NoPoints_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => SquareGrid.Covering(Array.Empty<EventPoint>()));

    [Fact]
    public void Covering_Boundary_ExcludesCellsWhoseCentreIsOutside()
    {
        // 0..600 m needs three columns of 250 m; the third column's centres (625 m) lie outside.
        var boundary = Factory.CreatePolygon([new(0, 0), new(0, 600), new(600, 600), new(600, 0), new(0, 0)]);
        var grid = SquareGrid.Covering(boundary);
        Assert.Equal((3, 3), (grid.Columns, grid.Rows));
        Assert.Equal(4, grid.Cells.Count);
        Assert.Equal(-1, grid.IndexAt(2, 0));
        Assert.Equal(3, grid.IndexAt(1, 1));
    }

    [Fact]
    public void Count_PointsInExcludedCellsOrOutside_AreReportedNotCounted()
    {
        var boundary = Factory.CreatePolygon([new(0, 0), new(0, 600), new(600, 600), new(600, 0), new(0, 0)]);
        var grid = SquareGrid.Covering(boundary);
        var counts = grid.Count([new EventPoint(100, 100, 2), new EventPoint(120, 130, 3), new EventPoint(550, 100, 5), new EventPoint(-10, 0, 1), new EventPoint(300, 300)]);
        Assert.Equal([5.0, 0, 0, 1], counts.Values);
        Assert.Equal(2, counts.PointsOutside);
        Assert.Equal(6, counts.WeightOutside);
        Assert.Equal(6, counts.Total);
    }

    [Fact]
    public void CellPolygon_IsClockwiseSquareOfCellSize()
    {
        var grid = SquareGrid.FromExtent(1000, 2000, 1400, 2100, cellSize: 200);
        var polygon = grid.CellPolygon(1);
        Assert.Equal(40_000, polygon.Area, 1e-9);
        Assert.False(Orientation.IsCCW(polygon.Shell.CoordinateSequence));
        Assert.Equal(new Envelope(1200, 1400, 2000, 2200), polygon.EnvelopeInternal);
        Assert.Equal(27700, polygon.SRID);
    }

    [Fact]
    public void FromExtent_HugeExtent_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => SquareGrid.FromExtent(0, 0, 10_000_000, 10_000_000, cellSize: 1));

    [Theory]
    [InlineData(0)]
    [InlineData(-250)]
    [InlineData(double.NaN)]
    public void FromExtent_BadCellSize_Throws(double size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SquareGrid.FromExtent(0, 0, 100, 100, size));

    [Fact]
    public void IsSameLayout_SameExtentTwice_TrueButOtherCellSizeFalse()
    {
        var a = SquareGrid.FromExtent(0, 0, 999, 999);
        Assert.True(a.IsSameLayout(SquareGrid.FromExtent(10, 10, 900, 990)));
        Assert.False(a.IsSameLayout(SquareGrid.FromExtent(0, 0, 999, 999, cellSize: 200)));
    }
}
