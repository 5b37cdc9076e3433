using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Spatial;

/// <summary>Convex hulls of clusters, via NetTopologySuite, with the degenerate cases made explicit.</summary>
public static class ConvexHull
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), BritishNationalGrid.Srid);

    /// <summary>The hull of the positions: a point when all coincide, a line when all are collinear, else a polygon.</summary>
    /// <param name="positions">Positions in BNG metres, at least one; duplicates are allowed.</param>
    /// <returns>The hull's kind, its geometry (SRID 27700) and its vertices in metres.</returns>
    /// <exception cref="ArgumentException">No positions.</exception>
    public static HullShape Of(IEnumerable<GridCoordinate> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var coordinates = positions.Select(p => new Coordinate(p.Easting, p.Northing)).ToArray();
        if (coordinates.Length == 0) throw new ArgumentException("A hull needs at least one position.", nameof(positions));
        var hull = Factory.CreateMultiPointFromCoords(coordinates).ConvexHull();
        switch (hull)
        {
            case Point point:
                return new HullShape(HullKind.Point, point, [new GridCoordinate(point.X, point.Y)]);
            case LineString line:
                return new HullShape(HullKind.Line, line, line.Coordinates.Select(ToGrid).ToArray());
            case Polygon polygon:
                var shell = polygon.Shell.Coordinates;
                if (Orientation.IsCCW(shell))
                {
                    shell = shell.Reverse().ToArray();
                    polygon = Factory.CreatePolygon(shell);
                }
                return new HullShape(HullKind.Polygon, polygon, shell.Select(ToGrid).ToArray());
            default:
                throw new InvalidOperationException($"Unexpected hull geometry {hull.GeometryType}.");
        }
    }

    /// <summary>The hull of the points' positions (weights play no part): a point, a line or a polygon as above.</summary>
    /// <param name="points">Event points in BNG metres, at least one.</param>
    /// <returns>The hull's kind, its geometry (SRID 27700) and its vertices in metres.</returns>
    /// <exception cref="ArgumentException">No points.</exception>
    public static HullShape Of(IEnumerable<EventPoint> points) => Of(points.Select(p => p.Coordinate));

    private static GridCoordinate ToGrid(Coordinate c) => new(c.X, c.Y);
}
