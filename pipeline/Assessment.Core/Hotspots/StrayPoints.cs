using Assessment.Core.Spatial;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Hotspots;

/// <summary>
/// Which snap points are too wrong to place on a map: outside Great Britain's extent (swapped coordinates, a foreign
/// point) or farther than <see cref="MaxMetresFromLsoa"/> from the polygon of the LSOA the record names (a mis-geocoded
/// row). police.uk snaps points to the nearest map point, usually a few hundred metres away, so a kilometre leaves room
/// for snapping while catching rows placed in the wrong town. Without LSOA polygons only the extent is checked.
/// </summary>
public static class StrayPoints
{
    /// <summary>Westmost longitude of Great Britain's extent, degrees WGS84 (west of the Outer Hebrides and Scilly).</summary>
    public const double MinLongitude = -8.7;

    /// <summary>Eastmost longitude of Great Britain's extent, degrees WGS84 (east of Lowestoft).</summary>
    public const double MaxLongitude = 1.8;

    /// <summary>Southmost latitude of Great Britain's extent, degrees WGS84 (south of the Isles of Scilly).</summary>
    public const double MinLatitude = 49.8;

    /// <summary>Northmost latitude of Great Britain's extent, degrees WGS84 (north of Shetland).</summary>
    public const double MaxLatitude = 60.9;

    /// <summary>Greatest distance, in metres on the British National Grid, from a point to its own LSOA's polygon.</summary>
    public const double MaxMetresFromLsoa = 1000;

    /// <summary>True when (<paramref name="longitude"/>, <paramref name="latitude"/>), degrees WGS84, lies outside the extent (bounds inclusive).</summary>
    public static bool IsOutsideGreatBritain(double longitude, double latitude) =>
        !(longitude >= MinLongitude && longitude <= MaxLongitude && latitude >= MinLatitude && latitude <= MaxLatitude);

    /// <summary>
    /// True when <paramref name="point"/> (BNG metres) is more than <see cref="MaxMetresFromLsoa"/> from
    /// <paramref name="lsoaPolygon"/> (BNG metres); a point inside or on the polygon is at distance 0.
    /// </summary>
    public static bool IsFarFromLsoa(GridCoordinate point, Geometry lsoaPolygon) => IsFarFromLsoa(MetresFromLsoa(point, lsoaPolygon));

    /// <summary>True when a distance from a point to its LSOA's polygon, in metres, exceeds <see cref="MaxMetresFromLsoa"/>.</summary>
    public static bool IsFarFromLsoa(double metresFromLsoa) => metresFromLsoa > MaxMetresFromLsoa;

    /// <summary>Distance in metres from <paramref name="point"/> to <paramref name="lsoaPolygon"/> (both BNG metres); 0 inside or on it.</summary>
    public static double MetresFromLsoa(GridCoordinate point, Geometry lsoaPolygon)
    {
        ArgumentNullException.ThrowIfNull(lsoaPolygon);
        return lsoaPolygon.Distance(new Point(point.Easting, point.Northing));
    }
}
