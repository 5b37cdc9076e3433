using NetTopologySuite.Geometries;

namespace Assessment.Core.Geography;

/// <summary>One GeoJSON feature: its geometry and its properties as text (numbers in invariant form, null as null).</summary>
public sealed record GeoJsonFeature(Geometry Geometry, IReadOnlyDictionary<string, string?> Properties)
{
    /// <summary>A property's value, or null when absent or JSON null.</summary>
    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;
}
