using Assessment.Core.Benchmarking;
using Assessment.Files.Lookups;

namespace Assessment.Files.Benchmarking;

/// <summary>
/// The partnerships of the area's force and the district names that police.uk LSOA names may carry, from the ONS lookups
/// shipped in <c>Lookups/</c> (<see cref="PartnershipLookup"/>, <see cref="DistrictNameHistory"/>).
/// </summary>
/// <param name="Area">The area's partnership.</param>
/// <param name="Partnerships">Every partnership of the area's force, with residents summed over its districts.</param>
/// <param name="PartnershipByDistrictName">Every district name of England and Wales, current and former (e.g. "Shepway"
/// and "Folkestone and Hythe"), → the code of its partnership when that is in the area's force, else null.</param>
public sealed record ForceDistricts(
    PartnershipArea Area,
    IReadOnlyList<ForcePartnership> Partnerships,
    IReadOnlyDictionary<string, string?> PartnershipByDistrictName)
{
    /// <summary>Builds the force's partnerships and the name map.</summary>
    /// <param name="lookup">The partnerships of England and Wales.</param>
    /// <param name="history">Former and current district names.</param>
    /// <param name="areaDistrictCodes">ONS codes of the area's districts (<c>area.district_codes</c>); the first that the lookup knows gives the partnership.</param>
    /// <param name="residentsByDistrict">Residents by district code (e.g. the IoD2019 population denominators); a
    /// partnership with a district missing here gets 0 residents, so that no rate is understated.</param>
    /// <exception cref="LookupNotFoundException">No district code is known to the lookup (the message gives the codes).</exception>
    public static ForceDistricts For(PartnershipLookup lookup, DistrictNameHistory history, IReadOnlyList<string> areaDistrictCodes, IReadOnlyDictionary<string, double> residentsByDistrict)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(areaDistrictCodes);
        ArgumentNullException.ThrowIfNull(residentsByDistrict);
        var area = lookup.Partnerships.FirstOrDefault(p => p.Districts.Any(d => areaDistrictCodes.Contains(d.Code, StringComparer.OrdinalIgnoreCase)))
            ?? throw new LookupNotFoundException($"None of the area's district codes ({string.Join(", ", areaDistrictCodes)}) is a district of the December 2019 partnership lookup.");
        var force = lookup.Partnerships.Where(p => p.Force.Code == area.Force.Code).ToList();
        var partnerships = force.Select(p => new ForcePartnership(p.Code, p.Name, [.. p.Districts.Select(d => d.Code)],
            p.Districts.All(d => residentsByDistrict.ContainsKey(d.Code)) ? p.Districts.Sum(d => residentsByDistrict[d.Code]) : 0)).ToList();

        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var partnership in lookup.Partnerships)
        {
            var code = partnership.Force.Code == area.Force.Code ? partnership.Code : null;
            foreach (var district in partnership.Districts)
            {
                names.TryAdd(district.Name, code);
                foreach (var other in history.OtherNames(district.Name)) names.TryAdd(other.Name, code);
            }
        }
        return new ForceDistricts(area, partnerships, names);
    }
}
