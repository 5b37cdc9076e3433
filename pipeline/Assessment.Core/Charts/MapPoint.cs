namespace Assessment.Core.Charts;

/// <summary>A point to draw on a map (WGS84), e.g. a hotspot centre; <paramref name="Weight"/> sizes the symbol when given.</summary>
public sealed record MapPoint(double Longitude, double Latitude, string? Label = null, double? Weight = null);
