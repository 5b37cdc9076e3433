namespace Assessment.Core.Trends;

/// <summary>One LSOA of a population file.</summary>
/// <param name="Code">The LSOA code, e.g. "E01024042".</param>
/// <param name="Residents">Its residents (people, ≥ 0).</param>
/// <param name="District">The district the file puts it in, when the file has a district column.</param>
/// <param name="Ages">Its residents by broad age band, when the file has the three age columns and none is suppressed.</param>
public sealed record LsoaResidents(string Code, double Residents, LsoaDistrict? District = null, AgeBands? Ages = null);
