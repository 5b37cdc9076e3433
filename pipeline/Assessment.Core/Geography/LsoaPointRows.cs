namespace Assessment.Core.Geography;

/// <summary>How many stored rows carry one LSOA code at one map point.</summary>
/// <param name="Code">The LSOA code as given in the data, e.g. "E01024104".</param>
/// <param name="Longitude">WGS84 longitude of the (snapped) point, degrees; null for rows without a location.</param>
/// <param name="Latitude">WGS84 latitude, degrees; null for rows without a location.</param>
/// <param name="Rows">Rows with that code at that point; positive.</param>
public sealed record LsoaPointRows(string Code, double? Longitude, double? Latitude, long Rows);
