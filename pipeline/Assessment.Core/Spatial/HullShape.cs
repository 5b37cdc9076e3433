using NetTopologySuite.Geometries;

namespace Assessment.Core.Spatial;

/// <summary>The convex hull of a set of points on the British National Grid.</summary>
/// <param name="Kind">Point, line or polygon.</param>
/// <param name="Geometry">The hull as a NetTopologySuite geometry in BNG metres (SRID 27700).</param>
/// <param name="Vertices">
/// Point: the one position. Line: its two end points. Polygon: the shell, clockwise, closed (first vertex repeated last) —
/// the winding Vega's geoshape wants; reverse it for RFC 7946 GeoJSON, which asks for anticlockwise shells.
/// </param>
public sealed record HullShape(HullKind Kind, Geometry Geometry, IReadOnlyList<GridCoordinate> Vertices)
{
    /// <summary>Area in square metres (0 for a point or a line).</summary>
    public double AreaSquareMetres => Geometry.Area;

    /// <summary>The vertices in WGS84 longitude/latitude, same order, for maps.</summary>
    public IReadOnlyList<LonLat> VerticesLonLat() => Vertices.Select(BritishNationalGrid.ToLonLat).ToArray();

    /// <summary>The hull as a WGS84 geometry (SRID 4326).</summary>
    public Geometry ToLonLatGeometry() => BritishNationalGrid.ToLonLat(Geometry);
}
