namespace Assessment.Core.Configuration;

/// <summary>
/// The partnership area as configured: exactly one of an LSOA-name prefix, an LSOA code list or a boundary file.
/// Paths are absolute once loaded.
/// </summary>
/// <param name="Name">The area's name for the report and messages, e.g. "Canterbury".</param>
/// <param name="LsoaNamePrefixes">Starts of the LSOA names that belong to the area, one per district, each with its trailing space (e.g. ["Canterbury "] or ["Dartford ", "Gravesham "]); null when the area is given another way.</param>
/// <param name="LsoaCodes">ONS LSOA codes (e.g. "E01024045") that make up the area; null when the area is given another way.</param>
/// <param name="BoundaryPath">Absolute path of a GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude; null when the area is given another way.</param>
public sealed record AreaSettings(string Name, IReadOnlyList<string>? LsoaNamePrefixes, IReadOnlyList<string>? LsoaCodes, string? BoundaryPath)
{
    /// <summary>Which of the three ways the area is given.</summary>
    /// <exception cref="InvalidOperationException">None, or more than one, of the three is given; the message names the area.</exception>
    public AreaKind Kind
    {
        get
        {
            var given = new[] { LsoaNamePrefixes is not null, LsoaCodes is not null, BoundaryPath is not null }.Count(b => b);
            if (given != 1)
                throw new InvalidOperationException(
                    $"The area \"{Name}\" must be given exactly one way (lsoa_name_prefix, lsoa_codes or boundary); found {given}.");
            return LsoaNamePrefixes is not null ? AreaKind.LsoaNamePrefix : LsoaCodes is not null ? AreaKind.LsoaCodes : AreaKind.Boundary;
        }
    }

    /// <summary>
    /// ONS codes of the local authority districts that make up the area (<c>area.district_codes</c>, e.g. ["E07000106"]),
    /// for partner data published by district such as DEFRA's fly-tipping table; empty when not given.
    /// </summary>
    public IReadOnlyList<string> DistrictCodes { get; init; } = [];

    /// <summary>The area's police force as Home Office tables name it (<c>area.police_force</c>, e.g. "Kent"); null when not given.</summary>
    public string? PoliceForce { get; init; }

    /// <summary>The county or unitary authority the area lies in (<c>area.county</c>, e.g. "Kent"), for tables by county; null when not given.</summary>
    public string? County { get; init; }
    /// <summary>
    /// ONS code of the county or upper-tier authority the area lies in (<c>area.county_code</c>, e.g. "E10000016" for
    /// Kent), the comparator for partner data published for counties; null when not given.
    /// </summary>
    public string? CountyCode { get; init; }

    /// <summary>Absolute path of ONS's 2011↔2021 LSOA exact-fit lookup (<c>area.lsoa_lookup</c>); null when not given.</summary>
    public string? LsoaLookupPath { get; init; }

    /// <summary>
    /// Absolute paths of 2011 LSOA boundary files (GeoJSON with LSOA11CD), from which, with <see cref="Lsoa21BoundaryPaths"/>,
    /// the lookup is derived when <see cref="LsoaLookupPath"/> is not given (<c>area.lsoa_lookup_boundaries.lsoa11</c>); empty when not given.
    /// </summary>
    public IReadOnlyList<string> Lsoa11BoundaryPaths { get; init; } = [];

    /// <summary>Absolute paths of 2021 LSOA boundary files (GeoJSON with LSOA21CD) (<c>area.lsoa_lookup_boundaries.lsoa21</c>); empty when not given.</summary>
    public IReadOnlyList<string> Lsoa21BoundaryPaths { get; init; } = [];
}
