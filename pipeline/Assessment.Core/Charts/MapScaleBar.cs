namespace Assessment.Core.Charts;

/// <summary>
/// A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) drawn along a parallel: its two ends are the same
/// ground distance apart at the bar's latitude, so it is right where it is drawn.
/// </summary>
/// <param name="LengthMetres">Ground length, metres.</param>
/// <param name="Label">E.g. "2 km" or "500 m".</param>
/// <param name="StartLongitude">West end, WGS84 degrees.</param>
/// <param name="EndLongitude">East end, WGS84 degrees.</param>
/// <param name="Latitude">The parallel the bar lies on, WGS84 degrees.</param>
/// <param name="PixelLength">Length on the map, pixels.</param>
public sealed record MapScaleBar(double LengthMetres, string Label, double StartLongitude, double EndLongitude, double Latitude, double PixelLength)
{
    /// <summary>
    /// The bar for a map: the longest round length no longer than <paramref name="maxFraction"/> of the plot width,
    /// starting <paramref name="marginPixels"/> from the bottom-left corner.
    /// </summary>
    /// <param name="projection">The map's projection.</param>
    /// <param name="width">Plot width, pixels.</param>
    /// <param name="height">Plot height, pixels.</param>
    /// <param name="maxFraction">Largest share of the width the bar may take (0–1).</param>
    /// <param name="marginPixels">Distance from the plot's left and bottom edges.</param>
    public static MapScaleBar For(MapProjection projection, double width, double height, double maxFraction = 0.25, double marginPixels = 12)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var (startLon, latitude) = projection.Invert(marginPixels, height - marginPixels);
        var perMetre = projection.PixelsPerMetreAt(latitude);
        var length = RoundLengthBelow(width * maxFraction / perMetre);
        var endLon = startLon + length / (MapProjection.EarthRadiusMetres * Math.Cos(latitude * Math.PI / 180)) * 180 / Math.PI;
        var label = length >= 1000 ? $"{length / 1000:0.###} km" : $"{length:0} m";
        return new MapScaleBar(length, label, startLon, endLon, latitude, length * perMetre);
    }

    /// <summary>The largest of 1, 2 or 5 × 10ⁿ not above <paramref name="metres"/> (at least 1 m).</summary>
    public static double RoundLengthBelow(double metres)
    {
        if (!(metres >= 1)) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(metres)));
        foreach (var step in new[] { 5.0, 2.0, 1.0 })
            if (step * power <= metres) return step * power;
        return power;
    }
}
