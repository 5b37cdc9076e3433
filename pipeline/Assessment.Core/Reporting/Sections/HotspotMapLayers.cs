using Assessment.Core.Charts;
using Assessment.Core.Geography;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The boundaries the hotspot maps draw under the hotspots (wards, labelled with their names) and the writer that embeds them in the specs.</summary>
/// <param name="Wards">The area's ward polygons (WGS84), e.g. read from the ward boundary file; at least one.</param>
/// <param name="GeoJson">Writes the map layers as GeoJSON (supplied by the composition root, see <see cref="IGeoJsonWriter"/>).</param>
/// <param name="Source">Attribution for the boundaries, printed with each map.</param>
public sealed record HotspotMapLayers(IReadOnlyList<BoundaryFeature> Wards, IGeoJsonWriter GeoJson, string Source = "Office for National Statistics ward boundaries; contains OS data © Crown copyright and database right")
{
    /// <summary>
    /// Property holding the ward's code, by which the wards' event counts are matched: by default the one the ward
    /// locator reads (<see cref="WardLocator.CodePropertyOf"/>, e.g. "WD25CD" or "WD19CD"), so maps and counts agree
    /// for a ward file of any vintage; "WD25CD" when the first ward has none.
    /// </summary>
    public string WardCodeProperty { get; init; } = (Wards is [var first, ..] ? WardLocator.CodePropertyOf(first) : null) ?? "WD25CD";

    /// <summary>Property holding the ward's name: by default the one that goes with <see cref="WardCodeProperty"/> ("WD19CD" → "WD19NM").</summary>
    public string WardNameProperty { get; init; } = WardLocator.NamePropertyFor((Wards is [var first, ..] ? WardLocator.CodePropertyOf(first) : null) ?? "WD25CD");

    /// <summary>Property holding the label point's longitude (default "LONG"); when absent the label goes at a point inside the ward.</summary>
    public string LabelLongitudeProperty { get; init; } = "LONG";

    /// <summary>Property holding the label point's latitude (default "LAT").</summary>
    public string LabelLatitudeProperty { get; init; } = "LAT";

    /// <summary>Named places (towns, the city centre) drawn on every map for orientation, from the configuration's <c>places:</c>; empty for none.</summary>
    public IReadOnlyList<MapPlace> Places { get; init; } = [];
}
