using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Assessment.Core.Geography;

/// <summary>
/// One area of a boundary file (an LSOA, a ward, a district): its polygon and its attributes. The file-system adapter
/// reads these from GeoJSON; Core only sees the geometry and the attribute text.
/// </summary>
/// <param name="Geometry">Polygon or MultiPolygon in WGS84 (SRID 4326; x = longitude, y = latitude, degrees).</param>
/// <param name="Properties">
/// The feature's attributes as text, by name (case-sensitive): strings as given, numbers in invariant form
/// (e.g. "1.149057"), true/false as "true"/"false", JSON null as null. For ONS files e.g. LSOA21CD, LSOA21NM, WD25CD,
/// WD25NM, LONG, LAT.
/// </param>
public sealed record BoundaryFeature(Geometry Geometry, IReadOnlyDictionary<string, string?> Properties)
{
    /// <summary>A property's value, or null when it is absent or JSON null.</summary>
    /// <param name="name">Property name, e.g. "WD25NM".</param>
    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    /// <summary>All features' polygons dissolved into one area (used as a partnership boundary).</summary>
    /// <param name="features">The features, e.g. every LSOA of a district; at least one.</param>
    /// <param name="source">Where the features came from (file name), for messages.</param>
    /// <returns>A Polygon or MultiPolygon in the features' coordinates.</returns>
    /// <exception cref="BoundaryDataException">There are no features, or their union is not an area.</exception>
    public static Geometry Dissolve(IReadOnlyList<BoundaryFeature> features, string source)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0) throw new BoundaryDataException($"{source}: contains no features.");
        var union = UnaryUnionOp.Union(features.Select(f => f.Geometry).ToArray());
        return union is Polygon or MultiPolygon
            ? union
            : throw new BoundaryDataException($"{source}: the features do not form an area (union is a {union.GeometryType}).");
    }
}
