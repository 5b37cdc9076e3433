namespace Assessment.Core.Configuration;

/// <summary>
/// The partnership area as configured: exactly one of an LSOA-name prefix, an LSOA code list or a boundary file.
/// Paths are absolute once loaded.
/// </summary>
/// <param name="Name">The area's name for the report and messages, e.g. "Canterbury".</param>
/// <param name="LsoaNamePrefix">Start of the LSOA names that belong to the area, trailing space included (e.g. "Canterbury "); null when the area is given another way.</param>
/// <param name="LsoaCodes">ONS LSOA codes (e.g. "E01024045") that make up the area; null when the area is given another way.</param>
/// <param name="BoundaryPath">Absolute path of a GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude; null when the area is given another way.</param>
public sealed record AreaSettings(string Name, string? LsoaNamePrefix, IReadOnlyList<string>? LsoaCodes, string? BoundaryPath)
{
    /// <summary>Which of the three ways the area is given.</summary>
    /// <exception cref="InvalidOperationException">None, or more than one, of the three is given; the message names the area.</exception>
    public AreaKind Kind
    {
        get
        {
            var given = new[] { LsoaNamePrefix is not null, LsoaCodes is not null, BoundaryPath is not null }.Count(b => b);
            if (given != 1)
                throw new InvalidOperationException(
                    $"The area \"{Name}\" must be given exactly one way (lsoa_name_prefix, lsoa_codes or boundary); found {given}.");
            return LsoaNamePrefix is not null ? AreaKind.LsoaNamePrefix : LsoaCodes is not null ? AreaKind.LsoaCodes : AreaKind.Boundary;
        }
    }
}
