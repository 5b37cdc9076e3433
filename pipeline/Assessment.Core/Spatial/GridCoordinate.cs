namespace Assessment.Core.Spatial;

/// <summary>
/// A position on the British National Grid (EPSG:27700), in metres east and north of the grid's false origin.
/// </summary>
/// <param name="Easting">Metres east.</param>
/// <param name="Northing">Metres north.</param>
public readonly record struct GridCoordinate(double Easting, double Northing)
{
    /// <summary>Straight-line distance in metres.</summary>
    /// <param name="other">The other position, in BNG metres.</param>
    public double DistanceTo(GridCoordinate other)
    {
        var dx = Easting - other.Easting;
        var dy = Northing - other.Northing;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>"(612345.5 E, 157890 N)": metres to at most three decimals, invariant culture, for messages.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({Easting:0.###} E, {Northing:0.###} N)");
}
