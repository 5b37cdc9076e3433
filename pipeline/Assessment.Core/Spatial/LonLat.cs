namespace Assessment.Core.Spatial;

/// <summary>A WGS84 position in decimal degrees, longitude first (the order GeoJSON, ProjNet and police.uk's columns use).</summary>
/// <param name="Longitude">Degrees east of Greenwich (negative west).</param>
/// <param name="Latitude">Degrees north of the equator.</param>
public readonly record struct LonLat(double Longitude, double Latitude)
{
    /// <summary>"(1.080123, 51.279876)": longitude then latitude in degrees to at most six decimals, invariant culture.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({Longitude:0.######}, {Latitude:0.######})");
}
