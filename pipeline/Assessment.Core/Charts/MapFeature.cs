using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Charts;

/// <summary>One shape to draw on a map, with the properties the spec's encodings read (as <c>properties.&lt;name&gt;</c>).</summary>
/// <param name="Geometry">Polygon or MultiPolygon (or any other geometry for outlines) in WGS84: x = longitude, y = latitude, degrees.</param>
/// <param name="Properties">The feature's properties as JSON values, e.g. {"name": "Barton", "events": 42}; written as given.</param>
public sealed record MapFeature(Geometry Geometry, JsonObject Properties);
