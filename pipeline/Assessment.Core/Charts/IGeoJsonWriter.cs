using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// Writes map features as a GeoJSON (RFC 7946) FeatureCollection that a Vega-Lite spec embeds inline. Core builds the
/// map specs but takes no GeoJSON library (it has no I/O and keeps to NetTopologySuite for geometry), so this is the
/// port: the file-system adapter implements it with NetTopologySuite.IO.GeoJSON4STJ and the CLI, the composition root,
/// passes that implementation in. Everything Vega needs beyond plain GeoJSON (clockwise outer rings, coordinates
/// rounded to 6 decimals) is done in Core before the call (see <see cref="ChoroplethMap.InlineFeatures"/>), so an
/// implementation must write geometries exactly as given: no reorientation of rings, no change of coordinates.
/// </summary>
public interface IGeoJsonWriter
{
    /// <summary>The features as {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": …, "properties": …}, …]}, in the given order.</summary>
    /// <param name="features">The features; may be empty.</param>
    /// <returns>A new JSON object owned by the caller.</returns>
    JsonObject FeatureCollection(IReadOnlyList<MapFeature> features);
}
