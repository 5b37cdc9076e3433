using Assessment.Core.Spatial;

namespace Assessment.Core.Hotspots;

/// <summary>One snap point and its events, for naming the busiest places of a hotspot.</summary>
/// <param name="Location">The point's most frequent police.uk location text, or null.</param>
/// <param name="Ward">The ward holding it, or null.</param>
/// <param name="Events">Its events in the period.</param>
/// <param name="Position">Where it is, WGS84.</param>
public sealed record PlaceCount(string? Location, string? Ward, double Events, LonLat Position);
