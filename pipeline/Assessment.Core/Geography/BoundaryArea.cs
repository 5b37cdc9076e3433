using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Assessment.Core.Geography;

/// <summary>
/// Rows whose (snapped) coordinates fall inside a boundary polygon, in WGS84 longitude/latitude.
/// Points on the boundary line count as inside, so a snap point on a district edge is not lost.
/// </summary>
public sealed record BoundaryArea : AreaDefinition
{
    private readonly IPreparedGeometry prepared;

    /// <summary>An area bounded by <paramref name="boundary"/>.</summary>
    /// <param name="name">The area's name, e.g. "Canterbury".</param>
    /// <param name="boundary">Polygon or MultiPolygon in WGS84 (x = longitude, y = latitude).</param>
    /// <param name="source">Where the boundary came from (file name), for messages.</param>
    /// <exception cref="ArgumentException">The boundary is not a Polygon or MultiPolygon, or is empty.</exception>
    public BoundaryArea(string name, Geometry boundary, string source) : base(name)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        if (boundary is not (Polygon or MultiPolygon))
            throw new ArgumentException($"The area boundary must be a Polygon or MultiPolygon, not {boundary.GeometryType}.", nameof(boundary));
        if (boundary.IsEmpty) throw new ArgumentException("The area boundary is empty.", nameof(boundary));
        Boundary = boundary;
        Source = source;
        prepared = PreparedGeometryFactory.Prepare(boundary);
    }

    /// <summary>The boundary: Polygon or MultiPolygon in WGS84 (x = longitude, y = latitude, degrees).</summary>
    public Geometry Boundary { get; }

    /// <summary>Where the boundary came from (file name), for messages and the methodology section.</summary>
    public string Source { get; }

    /// <summary>True when the point lies inside or on the boundary.</summary>
    /// <param name="longitude">WGS84 longitude, degrees.</param>
    /// <param name="latitude">WGS84 latitude, degrees.</param>
    public bool Covers(double longitude, double latitude) =>
        prepared.Covers(Boundary.Factory.CreatePoint(new Coordinate(longitude, latitude)));
}
