namespace Assessment.Core.Charts;

/// <summary>A named place drawn on maps for orientation, e.g. "Whitstable" (a town) or "Canterbury city centre".</summary>
/// <param name="Name">The name printed on the map.</param>
/// <param name="Longitude">WGS84 degrees.</param>
/// <param name="Latitude">WGS84 degrees.</param>
/// <param name="Kind">Town or centre.</param>
public sealed record MapPlace(string Name, double Longitude, double Latitude, MapPlaceKind Kind = MapPlaceKind.Town);
