namespace Assessment.Core.Benchmarking;

/// <summary>Rows of the force's files over the period that are in none of the force's partnerships, by reason.</summary>
/// <param name="OtherForcesDistricts">Rows whose LSOA lies in a district of another force's partnership (police.uk places
/// some incidents just over the force boundary).</param>
/// <param name="OtherForcesDistrictNames">Those districts' names, most rows first.</param>
/// <param name="Unrecognised">Rows whose LSOA name gives a district the lookups do not know.</param>
/// <param name="UnrecognisedNames">Those names, most rows first.</param>
/// <param name="WithoutLocation">Rows without an LSOA (police.uk "No Location").</param>
/// <param name="WithoutResidents">Rows in partnerships the population file gives no residents for.</param>
public sealed record ForceRowsLeftOut(
    long OtherForcesDistricts,
    IReadOnlyList<string> OtherForcesDistrictNames,
    long Unrecognised,
    IReadOnlyList<string> UnrecognisedNames,
    long WithoutLocation,
    long WithoutResidents)
{
    /// <summary>All rows left out.</summary>
    public long Total => OtherForcesDistricts + Unrecognised + WithoutLocation + WithoutResidents;
}
