using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Assessment.Core.Geography;

/// <summary>
/// The parts of boundary files that belong to the area, so that the hotspot grid, the LSOAs counted as units, the
/// Clark–Evans study area and the ward list come from the area and never from the whole file (a district's LSOA file
/// holds every LSOA of the district, while the area may be one LSOA of it).
/// </summary>
public static class AreaPolygons
{
    /// <summary>
    /// Share of a ward that must lie in the area for the ward to be listed, unless <see cref="WardShareOfArea"/> is met.
    /// Ward and LSOA edges are drawn separately, so a neighbouring ward touches or overlaps the area by a sliver.
    /// </summary>
    public const double AreaShareOfWard = 0.5;

    /// <summary>
    /// Share of the area that must lie in a ward for the ward to be listed, unless <see cref="AreaShareOfWard"/> is met:
    /// an area smaller than a ward (one LSOA) still has the ward that holds it.
    /// </summary>
    public const double WardShareOfArea = 0.1;

    /// <summary>
    /// The LSOAs of <paramref name="lsoas"/> that are in the area: by code for a code list, by name prefix for a prefix
    /// area, and by an interior point (<see cref="Geometry.InteriorPoint"/>) inside the boundary for a boundary area.
    /// </summary>
    /// <param name="area">The area.</param>
    /// <param name="lsoas">LSOA features, e.g. from an ONS LSOA boundary file.</param>
    /// <param name="codeProperty">The property holding the LSOA code, e.g. "LSOA21CD"; its name property is the same with "NM" for "CD" ("LSOA21NM").</param>
    /// <returns>The area's LSOAs in input order; empty when none of them is in the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="area"/> is another kind of definition.</exception>
    public static IReadOnlyList<BoundaryFeature> Lsoas(AreaDefinition area, IReadOnlyList<BoundaryFeature> lsoas, string codeProperty)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(lsoas);
        ArgumentException.ThrowIfNullOrWhiteSpace(codeProperty);
        var nameProperty = codeProperty.EndsWith("CD", StringComparison.Ordinal) ? codeProperty[..^2] + "NM" : codeProperty;
        Func<BoundaryFeature, bool> inArea = area switch
        {
            LsoaCodeListArea list => CodeTest(list, codeProperty),
            LsoaNamePrefixArea prefix => f => f.Property(nameProperty) is { } name && prefix.Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)),
            BoundaryArea boundary => f => boundary.Covers(f.Geometry.InteriorPoint.X, f.Geometry.InteriorPoint.Y),
            _ => throw new ArgumentException($"Unsupported area definition {area.GetType().Name}.", nameof(area)),
        };
        return [.. lsoas.Where(inArea)];
    }

    /// <summary>
    /// The wards of <paramref name="wards"/> that are in the area: at least <see cref="AreaShareOfWard"/> of the ward
    /// lies in it, or at least <see cref="WardShareOfArea"/> of the area lies in the ward. Shares are of areas measured
    /// in the features' own coordinates (degrees), which over a district differ from true shares by well under 1%.
    /// </summary>
    /// <param name="area">The area: a Polygon or MultiPolygon in the wards' coordinates.</param>
    /// <param name="wards">Ward features.</param>
    /// <returns>The area's wards in input order.</returns>
    public static IReadOnlyList<BoundaryFeature> Wards(Geometry area, IReadOnlyList<BoundaryFeature> wards)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(wards);
        var prepared = PreparedGeometryFactory.Prepare(area);
        var areaSize = area.Area;
        return [.. wards.Where(w =>
        {
            if (!prepared.Intersects(w.Geometry)) return false;
            var shared = w.Geometry.Intersection(area).Area;
            return shared >= AreaShareOfWard * w.Geometry.Area || shared >= WardShareOfArea * areaSize;
        })];
    }

    /// <summary>
    /// Smallest share of the area's distinct map points that a boundary file's polygons must hold for the file to be
    /// taken as covering the area (0.5). police.uk snaps records to nearby points, so a few fall just outside the
    /// polygons of the right file; with the wrong district's file almost none fall inside.
    /// </summary>
    public const double MinimumShareOfPointsCovered = 0.5;

    /// <summary>How many of <paramref name="points"/> lie inside or on the union of <paramref name="features"/>.</summary>
    /// <param name="features">Polygons in WGS84; at least one.</param>
    /// <param name="points">WGS84 positions (longitude, latitude, degrees), e.g. the area's distinct map points.</param>
    /// <exception cref="BoundaryDataException">There are no features, or their union is not an area.</exception>
    public static int CountCovered(IReadOnlyList<BoundaryFeature> features, IReadOnlyCollection<(double Longitude, double Latitude)> points)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(points);
        var union = BoundaryFeature.Dissolve(features, "the boundary features");
        var prepared = PreparedGeometryFactory.Prepare(union);
        return points.Count(p => prepared.Covers(union.Factory.CreatePoint(new Coordinate(p.Longitude, p.Latitude))));
    }

    private static Func<BoundaryFeature, bool> CodeTest(LsoaCodeListArea list, string codeProperty)
    {
        var codes = list.Codes.ToHashSet(StringComparer.Ordinal);
        return f => f.Property(codeProperty) is { } code && codes.Contains(code.Trim());
    }
}
