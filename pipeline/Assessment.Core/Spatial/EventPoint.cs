namespace Assessment.Core.Spatial;

/// <summary>
/// A place where events were recorded, on the British National Grid, with how many events it stands for.
/// police.uk moves every crime to the nearest of its anonymous snap points, so many crimes share one point:
/// callers can pass one <see cref="EventPoint"/> per crime (weight 1) or one per snap point (weight = crimes there);
/// every algorithm in this namespace and in <c>Assessment.Core.Clustering</c> treats a point of weight w as w events at that place.
/// </summary>
public readonly record struct EventPoint
{
    /// <param name="easting">BNG easting in metres; finite.</param>
    /// <param name="northing">BNG northing in metres; finite.</param>
    /// <param name="weight">Events at this point (or their harm weight); finite and not negative.</param>
    /// <param name="crimeType">Optional tag carried for summaries, e.g. "Shoplifting".</param>
    /// <param name="location">Optional tag carried for summaries, e.g. "On or near High Street".</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate that is not finite, or a weight that is negative or not finite.</exception>
    public EventPoint(double easting, double northing, double weight = 1, string? crimeType = null, string? location = null)
    {
        if (!double.IsFinite(easting)) throw new ArgumentOutOfRangeException(nameof(easting), easting, "Easting must be a finite number of metres.");
        if (!double.IsFinite(northing)) throw new ArgumentOutOfRangeException(nameof(northing), northing, "Northing must be a finite number of metres.");
        if (!double.IsFinite(weight) || weight < 0) throw new ArgumentOutOfRangeException(nameof(weight), weight, "Weight must be a finite number of events, zero or more.");
        Easting = easting;
        Northing = northing;
        Weight = weight;
        CrimeType = crimeType;
        Location = location;
    }

    /// <summary>Metres east on the British National Grid.</summary>
    public double Easting { get; }

    /// <summary>Metres north on the British National Grid.</summary>
    public double Northing { get; }

    /// <summary>Number of events this point stands for (1 for a single crime).</summary>
    public double Weight { get; }

    /// <summary>Caller's crime-type tag, or null.</summary>
    public string? CrimeType { get; }

    /// <summary>Caller's location text tag (police.uk "Location"), or null.</summary>
    public string? Location { get; }

    /// <summary>The point's position (<see cref="Easting"/>, <see cref="Northing"/>) in BNG metres.</summary>
    public GridCoordinate Coordinate => new(Easting, Northing);
}
