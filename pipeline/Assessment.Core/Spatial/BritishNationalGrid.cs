using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Assessment.Core.Spatial;

/// <summary>
/// Converts between WGS84 longitude/latitude and the British National Grid (EPSG:27700) with a seven-parameter
/// Helmert datum shift. Accuracy is about 5 m (OSTN15 would give centimetres), far finer than police.uk's snapping.
/// The projection (Transverse Mercator on the Airy 1830 ellipsoid) and the Helmert parameters are those the Ordnance
/// Survey publishes in <i>A guide to coordinate systems in Great Britain</i> and EPSG:27700 carries; ProjNet applies them.
/// Thread-safe: each thread gets its own ProjNet transforms, built once.
/// </summary>
public static class BritishNationalGrid
{
    /// <summary>
    /// EPSG:27700 as OGC WKT. The TOWGS84 term (OS Helmert parameters, position-vector convention) is what brings
    /// the error down from about 100 m to about 5 m; ProjNet ignores the datum shift without it.
    /// </summary>
    public const string Wkt =
        "PROJCS[\"OSGB 1936 / British National Grid\"," +
        "GEOGCS[\"OSGB 1936\",DATUM[\"OSGB_1936\",SPHEROID[\"Airy 1830\",6377563.396,299.3249646,AUTHORITY[\"EPSG\",\"7001\"]]," +
        "TOWGS84[446.448,-125.157,542.060,0.1502,0.2470,0.8421,-20.4894],AUTHORITY[\"EPSG\",\"6277\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4277\"]]," +
        "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",49],PARAMETER[\"central_meridian\",-2]," +
        "PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000],PARAMETER[\"false_northing\",-100000]," +
        "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"27700\"]]";

    /// <summary>Spatial reference id that geometries in grid coordinates carry.</summary>
    public const int Srid = 27700;

    private static readonly ProjectedCoordinateSystem Grid =
        (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt);

    // ProjNet does not promise that its transforms are safe to share between threads, so each thread builds its own.
    private static readonly ThreadLocal<(MathTransform ToGrid, MathTransform ToWgs84)> Transforms = new(() =>
    {
        var factory = new CoordinateTransformationFactory();
        var toGrid = factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, Grid).MathTransform;
        var toWgs84 = factory.CreateFromCoordinateSystems(Grid, GeographicCoordinateSystem.WGS84).MathTransform;
        return (toGrid, toWgs84);
    });

    /// <summary>WGS84 longitude/latitude (degrees) to BNG easting/northing (metres).</summary>
    /// <param name="longitude">Degrees east of Greenwich, −180 to 180 (Great Britain is about −8 to 2).</param>
    /// <param name="latitude">Degrees north, −90 to 90 (Great Britain is about 49 to 61).</param>
    /// <returns>Easting and northing in metres; far from Great Britain the projection still returns numbers, but they mean little.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate that is not finite or outside its range.</exception>
    public static GridCoordinate ToGrid(double longitude, double latitude)
    {
        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        var (easting, northing) = Transforms.Value.ToGrid.Transform(longitude, latitude);
        return new GridCoordinate(easting, northing);
    }

    /// <inheritdoc cref="ToGrid(double, double)"/>
    public static GridCoordinate ToGrid(LonLat position) => ToGrid(position.Longitude, position.Latitude);

    /// <summary>BNG easting/northing (metres) to WGS84 longitude/latitude (degrees).</summary>
    /// <param name="easting">Metres east of the false origin (0–700 000 covers Great Britain).</param>
    /// <param name="northing">Metres north of the false origin (0–1 300 000 covers Great Britain).</param>
    /// <returns>Longitude and latitude in decimal degrees.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate that is not finite.</exception>
    public static LonLat ToLonLat(double easting, double northing)
    {
        if (!double.IsFinite(easting)) throw new ArgumentOutOfRangeException(nameof(easting), easting, "Easting must be finite.");
        if (!double.IsFinite(northing)) throw new ArgumentOutOfRangeException(nameof(northing), northing, "Northing must be finite.");
        var (longitude, latitude) = Transforms.Value.ToWgs84.Transform(easting, northing);
        return new LonLat(longitude, latitude);
    }

    /// <inheritdoc cref="ToLonLat(double, double)"/>
    public static LonLat ToLonLat(GridCoordinate position) => ToLonLat(position.Easting, position.Northing);

    /// <summary>
    /// A copy of a WGS84 geometry (x = longitude, y = latitude), e.g. a district boundary, in BNG metres with SRID 27700.
    /// Only vertices are transformed: at the scale of a district, edges stay straight to well under a metre.
    /// </summary>
    /// <param name="wgs84Geometry">Any geometry with x = longitude and y = latitude in degrees; it is not modified.</param>
    /// <returns>A new geometry of the same type and vertex count, in metres.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is not finite or outside the longitude/latitude ranges.</exception>
    public static Geometry ToGrid(Geometry wgs84Geometry)
    {
        ArgumentNullException.ThrowIfNull(wgs84Geometry);
        var copy = wgs84Geometry.Copy();
        copy.Apply(new VertexTransformFilter(static (x, y) => { var g = ToGrid(x, y); return (g.Easting, g.Northing); }));
        copy.SRID = Srid;
        return copy;
    }

    /// <summary>A copy of a BNG geometry in WGS84 longitude/latitude with SRID 4326 (for maps).</summary>
    /// <param name="gridGeometry">Any geometry in BNG metres; it is not modified.</param>
    /// <returns>A new geometry of the same type and vertex count, x = longitude and y = latitude in degrees.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is not finite.</exception>
    public static Geometry ToLonLat(Geometry gridGeometry)
    {
        ArgumentNullException.ThrowIfNull(gridGeometry);
        var copy = gridGeometry.Copy();
        copy.Apply(new VertexTransformFilter(static (x, y) => { var p = ToLonLat(x, y); return (p.Longitude, p.Latitude); }));
        copy.SRID = 4326;
        return copy;
    }
}
