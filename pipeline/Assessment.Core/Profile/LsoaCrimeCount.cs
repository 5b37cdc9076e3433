namespace Assessment.Core.Profile;

/// <summary>In-area records of one LSOA and police.uk crime type over a period.</summary>
/// <param name="LsoaCode">The LSOA code as the data gives it.</param>
/// <param name="LsoaName">The LSOA name as the data gives it ("" when none).</param>
/// <param name="CrimeType">The police.uk category, e.g. "Burglary".</param>
/// <param name="Count">Records (≥ 0).</param>
public sealed record LsoaCrimeCount(string LsoaCode, string LsoaName, string CrimeType, long Count);
