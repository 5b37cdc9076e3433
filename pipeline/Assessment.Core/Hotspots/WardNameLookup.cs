using Assessment.Core.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Assessment.Core.Hotspots;

/// <summary>
/// Finds the name of the ward holding a WGS84 position, for describing where a hotspot is (point in polygon; a point on
/// a shared edge goes to the first ward listed). Unlike <see cref="Trends.WardLocator"/> it needs only a name property,
/// so maps and text work with any polygon file that names its areas.
/// </summary>
internal sealed class WardNameLookup
{
    private readonly (string Name, IPreparedGeometry Shape, Envelope Box)[] wards;
    private readonly GeometryFactory factory = new(new PrecisionModel(), 4326);

    public WardNameLookup(IReadOnlyList<BoundaryFeature>? features, string nameProperty)
    {
        wards = (features ?? [])
            .Select((f, i) => (Name: f.Property(nameProperty) is { Length: > 0 } name ? name.Trim() : $"Ward {i + 1}", f.Geometry))
            .Select(w => (w.Name, PreparedGeometryFactory.Prepare(w.Geometry), w.Geometry.EnvelopeInternal))
            .ToArray();
        Names = wards.Select(w => w.Name).ToArray();
    }

    /// <summary>Every ward's name, in input order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The ward covering the position, or null when none does (or there are no wards).</summary>
    public string? Find(double longitude, double latitude)
    {
        Point? point = null;
        foreach (var (name, shape, box) in wards)
        {
            if (!box.Covers(longitude, latitude)) continue;
            point ??= factory.CreatePoint(new Coordinate(longitude, latitude));
            if (shape.Covers(point)) return name;
        }
        return null;
    }
}
