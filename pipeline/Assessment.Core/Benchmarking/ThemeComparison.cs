namespace Assessment.Core.Benchmarking;

/// <summary>Every partnership of the force for one theme (or all crime).</summary>
/// <param name="Id">"all-crime", or the theme's id.</param>
/// <param name="Name">"All crime (excluding ASB)", or the theme's name.</param>
/// <param name="CrimeTypes">police.uk crime types summed.</param>
/// <param name="ForceCount">Rows over the period in the force's partnerships.</param>
/// <param name="ForceResidents">Residents of the force's partnerships.</param>
/// <param name="ForceRate">Force rate per 1,000 residents: <see cref="ForceCount"/> / <see cref="ForceResidents"/> × 1,000.</param>
/// <param name="Partnerships">One row per partnership with residents, highest rate first.</param>
public sealed record ThemeComparison(
    string Id,
    string Name,
    IReadOnlyList<string> CrimeTypes,
    long ForceCount,
    double ForceResidents,
    double ForceRate,
    IReadOnlyList<PartnershipRate> Partnerships)
{
    /// <summary>The area's row, or null when the area has no residents in the population file.</summary>
    public PartnershipRate? Area => Partnerships.FirstOrDefault(p => p.IsArea);
}
