using Assessment.Core.Model;

namespace Assessment.Core.Benchmarking;

/// <summary>
/// police.uk street-level rows of one force's files counted by district, month and crime type: the compact table the
/// force comparison is computed from (whether read from the store or from a file made by a whole-force run).
/// </summary>
/// <param name="Force">police.uk force identifier of the files the rows came from, e.g. "kent".</param>
/// <param name="District">The LSOA name without its "NNNX" code and trailing space, e.g. "Canterbury" (police.uk names
/// LSOAs "&lt;District&gt; NNNX", under the district's name of the LSOA vintage, e.g. "Shepway"); empty for rows without
/// an LSOA (police.uk "No Location").</param>
/// <param name="Month">The month of the rows.</param>
/// <param name="CrimeType">police.uk crime type, e.g. "Burglary".</param>
/// <param name="Count">Rows, 1 or more (combinations without rows are absent).</param>
public sealed record DistrictCrimeCount(string Force, string District, YearMonth Month, string CrimeType, long Count);
