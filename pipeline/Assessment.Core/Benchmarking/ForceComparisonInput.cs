using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Benchmarking;

/// <summary>What the comparison of the area with the other partnerships of its force is computed from.</summary>
/// <param name="AreaPartnershipCode">ONS code of the area's partnership, e.g. "E22000138".</param>
/// <param name="ForceName">The force area's name, e.g. "Kent".</param>
/// <param name="PoliceUkForce">police.uk identifier of the force's files, e.g. "kent"; rows of other forces' files are not used.</param>
/// <param name="Period">The assessment period.</param>
/// <param name="Partnerships">Every partnership of the force (from the ONS lookup), with residents.</param>
/// <param name="PartnershipByDistrictName">District name as LSOA names give it (every vintage, e.g. "Shepway" and
/// "Folkestone and Hythe") → ONS code of its partnership, or null when the district's partnership is in another force.
/// Names not in the map are counted as unrecognised.</param>
/// <param name="Counts">Counts by force, district, month and crime type (any months; the period's are used).</param>
/// <param name="Themes">The configured priority themes; those without crime types are left out.</param>
/// <param name="Source">Where the counts come from (the store, or a file), for the report.</param>
public sealed record ForceComparisonInput(
    string AreaPartnershipCode,
    string ForceName,
    string PoliceUkForce,
    MonthRange Period,
    IReadOnlyList<ForcePartnership> Partnerships,
    IReadOnlyDictionary<string, string?> PartnershipByDistrictName,
    IReadOnlyList<DistrictCrimeCount> Counts,
    IReadOnlyList<TrendTheme> Themes,
    string Source)
{
    /// <summary>Two-sided confidence level of the intervals (0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
