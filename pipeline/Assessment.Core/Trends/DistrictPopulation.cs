namespace Assessment.Core.Trends;

/// <summary>Residents of one local authority district, summed over the LSOAs a population file puts in it.</summary>
/// <param name="Code">The district's ONS code as the file gives it, e.g. "E07000106".</param>
/// <param name="Name">The district's name as the file gives it ("" when the file has no name column).</param>
/// <param name="Lsoas">LSOAs of the file in the district with a population (suppressed ones are not counted).</param>
/// <param name="Residents">Their residents added up (people).</param>
public sealed record DistrictPopulation(string Code, string Name, int Lsoas, double Residents);
