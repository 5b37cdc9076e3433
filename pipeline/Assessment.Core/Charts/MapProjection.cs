using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Charts;

/// <summary>
/// A spherical Mercator projection fixed in the spec (d3's <c>geoMercator</c> with explicit scale and translate), so
/// that label boxes, the scale bar and the drawn map agree to the pixel: x = tx + k·λ, y = ty − k·ln(tan(π/4 + φ/2)),
/// λ and φ in radians, x and y in pixels from the plot's top left.
/// </summary>
/// <param name="Scale">k, pixels per radian of longitude.</param>
/// <param name="TranslateX">tx, pixels.</param>
/// <param name="TranslateY">ty, pixels.</param>
public sealed record MapProjection(double Scale, double TranslateX, double TranslateY)
{
    /// <summary>Mean Earth radius in metres (IUGG), the sphere the scale bar and haversine distances use.</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>The projection that fits <paramref name="geometries"/> (WGS84) into a <paramref name="width"/> × <paramref name="height"/> plot, centred, as Vega-Lite's own fit would.</summary>
    /// <exception cref="ArgumentException">There is nothing to fit, or the geometries have no extent.</exception>
    public static MapProjection Fit(IEnumerable<Geometry> geometries, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(geometries);
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        foreach (var geometry in geometries)
            foreach (var c in geometry.Coordinates)
            {
                var (x, y) = Raw(c.X, c.Y);
                (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
            }
        if (!(maxX > minX) || !(maxY > minY)) throw new ArgumentException("The map's shapes have no extent to fit.", nameof(geometries));
        var k = Math.Min(width / (maxX - minX), height / (maxY - minY));
        // Raw y grows northwards; pixels grow downwards.
        return new MapProjection(k, (width - k * (minX + maxX)) / 2, (height + k * (minY + maxY)) / 2);
    }

    /// <summary>Pixel position of a WGS84 point (degrees).</summary>
    public (double X, double Y) Project(double longitude, double latitude)
    {
        var (x, y) = Raw(longitude, latitude);
        return (TranslateX + Scale * x, TranslateY - Scale * y);
    }

    /// <summary>The WGS84 point (degrees) at a pixel position.</summary>
    public (double Longitude, double Latitude) Invert(double x, double y)
    {
        var lambda = (x - TranslateX) / Scale;
        var phi = 2 * Math.Atan(Math.Exp((TranslateY - y) / Scale)) - Math.PI / 2;
        return (lambda * 180 / Math.PI, phi * 180 / Math.PI);
    }

    /// <summary>Pixels per metre along the ground at <paramref name="latitude"/> (degrees): Mercator stretches by 1/cos φ.</summary>
    public double PixelsPerMetreAt(double latitude) => Scale / (EarthRadiusMetres * Math.Cos(latitude * Math.PI / 180));

    /// <summary>The spec's "projection" object.</summary>
    public JsonObject ToSpec() => new() { ["type"] = "mercator", ["scale"] = Scale, ["translate"] = new JsonArray(TranslateX, TranslateY) };

    private static (double X, double Y) Raw(double longitude, double latitude) =>
        (longitude * Math.PI / 180, Math.Log(Math.Tan(Math.PI / 4 + latitude * Math.PI / 360)));
}
