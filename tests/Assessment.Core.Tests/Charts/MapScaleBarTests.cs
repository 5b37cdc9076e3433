using Assessment.Core.Charts;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Charts;

/// <summary><see cref="MapScaleBar"/> and <see cref="MapProjection"/>: the bar's ends are its stated length apart on the ground.</summary>
public sealed class MapScaleBarTests
{
    private static readonly GeometryFactory Factory = new();

    [Theory]
    [InlineData(0.95, 51.20, 1.25, 51.40, 540, 460)] // a district (Canterbury's extent)
    [InlineData(1.07, 51.27, 1.09, 51.285, 540, 460)] // a town centre
    [InlineData(-3.3, 55.9, -3.1, 56.0, 300, 200)] // further north, a small map
    public void For_EndsAreTheStatedLengthApartByHaversine_Within1Percent(double west, double south, double east, double north, int width, int height)
    {
        var projection = MapProjection.Fit([Box(west, south, east, north)], width, height);

        var bar = MapScaleBar.For(projection, width, height);

        var ground = Haversine(bar.StartLongitude, bar.Latitude, bar.EndLongitude, bar.Latitude);
        Assert.InRange(ground / bar.LengthMetres, 0.99, 1.01);
        var (x0, _) = projection.Project(bar.StartLongitude, bar.Latitude);
        var (x1, _) = projection.Project(bar.EndLongitude, bar.Latitude);
        Assert.Equal(bar.PixelLength, x1 - x0, 6);
        Assert.InRange(bar.PixelLength, width * 0.25 / 5, width * 0.25);
    }

    [Theory]
    [InlineData(7300, 5000)]
    [InlineData(2100, 2000)]
    [InlineData(1999, 1000)]
    [InlineData(640, 500)]
    [InlineData(12, 10)]
    [InlineData(0.2, 1)]
    public void RoundLengthBelow_IsTheLargestOneTwoOrFiveStepNotAbove(double metres, double expected) =>
        Assert.Equal(expected, MapScaleBar.RoundLengthBelow(metres));

    [Theory]
    [InlineData(0.95, 51.2, 1.25, 51.4, true)]
    [InlineData(1.07, 51.27, 1.09, 51.285, false)]
    public void Label_IsInKilometresFromOneKilometreAndInMetresBelow(double west, double south, double east, double north, bool kilometres)
    {
        var bar = MapScaleBar.For(MapProjection.Fit([Box(west, south, east, north)], 540, 460), 540, 460);

        Assert.Equal(kilometres, bar.LengthMetres >= 1000);
        Assert.Equal(kilometres ? $"{bar.LengthMetres / 1000} km" : $"{bar.LengthMetres} m", bar.Label);
    }

    [Fact]
    public void Projection_FitsTheShapesInsideThePlotAndInvertsItsOwnPoints()
    {
        var box = Box(0.95, 51.2, 1.25, 51.4);
        var projection = MapProjection.Fit([box], 540, 460);

        var corners = box.Coordinates.Select(c => projection.Project(c.X, c.Y)).ToArray();
        Assert.All(corners, p => { Assert.InRange(p.X, -1e-6, 540 + 1e-6); Assert.InRange(p.Y, -1e-6, 460 + 1e-6); });
        // Fitted: it touches two opposite edges of the plot.
        Assert.True(Math.Abs(corners.Min(p => p.Y)) < 1e-6 && Math.Abs(corners.Max(p => p.Y) - 460) < 1e-6 || Math.Abs(corners.Min(p => p.X)) < 1e-6 && Math.Abs(corners.Max(p => p.X) - 540) < 1e-6);
        var (lon, lat) = projection.Invert(123, 321);
        var (x, y) = projection.Project(lon, lat);
        Assert.Equal(123, x, 9);
        Assert.Equal(321, y, 9);
    }

    private static Polygon Box(double west, double south, double east, double north) =>
        Factory.CreatePolygon([new(west, south), new(west, north), new(east, north), new(east, south), new(west, south)]);

    // Great-circle distance on the same sphere as the projection, written out independently of the code under test.
    private static double Haversine(double lon1, double lat1, double lon2, double lat2)
    {
        const double r = 6_371_008.8;
        double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * r * Math.Asin(Math.Sqrt(a));
    }
}
