namespace Assessment.Core.Geography;

/// <summary>
/// Where rows carrying an LSOA code of the other vintage than the area's go: the code they count under and whether they
/// are in the area. With <see cref="Longitude"/> null it holds for every row of <see cref="Code"/>; otherwise only for
/// the rows of that code at that point (a split LSOA, placed by the point).
/// </summary>
/// <param name="Code">The code as given in the data.</param>
/// <param name="Longitude">WGS84 longitude of the rows' point, degrees, or null for all rows of the code.</param>
/// <param name="Latitude">WGS84 latitude, degrees, or null with <paramref name="Longitude"/>.</param>
/// <param name="MappedCode">The code in the area's vintage; <paramref name="Code"/> itself when no single code could be chosen.</param>
/// <param name="InArea">True when the rows are in the area.</param>
public sealed record LsoaPlacement(string Code, double? Longitude, double? Latitude, string MappedCode, bool InArea);
