using Assessment.Core.Charts;
using Assessment.Core.Geography;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Configuration;

/// <summary>
/// A named place for the maps as configured (<c>places:</c>): either at a given position, or at the centroid of the
/// named wards of the ward boundary file when no surveyed position is to hand.
/// </summary>
/// <param name="Name">The name printed on the map, e.g. "Whitstable".</param>
/// <param name="Kind">Town or centre.</param>
/// <param name="Longitude">WGS84 degrees, with <paramref name="Latitude"/>; null when the place is placed by wards.</param>
/// <param name="Latitude">WGS84 degrees; null when the place is placed by wards.</param>
/// <param name="Wards">Names of the wards whose combined centroid positions the place; empty when a position is given.</param>
public sealed record PlaceSetting(string Name, MapPlaceKind Kind, double? Longitude, double? Latitude, IReadOnlyList<string> Wards)
{
    /// <summary>
    /// The place to draw: its position as given, or the centroid of its wards together (a point inside them when the
    /// centroid falls outside, as for a crescent-shaped ward).
    /// </summary>
    /// <param name="wards">The ward polygons (WGS84).</param>
    /// <param name="nameProperty">The ward name property, e.g. "WD25NM".</param>
    /// <exception cref="ArgumentException">A named ward is not among <paramref name="wards"/> (the message lists the ward names).</exception>
    public MapPlace Resolve(IReadOnlyList<BoundaryFeature> wards, string nameProperty)
    {
        ArgumentNullException.ThrowIfNull(wards);
        if (Longitude is { } lon && Latitude is { } lat) return new MapPlace(Name, lon, lat, Kind);
        var shapes = new List<Geometry>();
        foreach (var ward in Wards)
        {
            var match = wards.FirstOrDefault(w => string.Equals(w.Property(nameProperty)?.Trim(), ward, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"The place \u201c{Name}\u201d is placed by the ward \u201c{ward}\u201d, which is not in the ward boundaries; their wards are: " +
                                               $"{string.Join(", ", wards.Select(w => w.Property(nameProperty)?.Trim()).OfType<string>().Order(StringComparer.Ordinal))}.", nameof(wards));
            shapes.Add(match.Geometry);
        }
        if (shapes.Count == 0) throw new ArgumentException($"The place \u201c{Name}\u201d has neither a position nor wards.", nameof(wards));
        var union = shapes.Count == 1 ? shapes[0] : shapes[0].Factory.BuildGeometry(shapes).Union();
        var point = union.Centroid is { } centroid && union.Covers(centroid) ? centroid : union.InteriorPoint;
        return new MapPlace(Name, point.X, point.Y, Kind);
    }
}
