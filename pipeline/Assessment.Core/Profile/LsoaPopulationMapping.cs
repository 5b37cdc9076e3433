using Assessment.Core.Geography;
using Assessment.Core.Trends;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Profile;

/// <summary>
/// Re-expresses a population by 2011 LSOA in 2021 LSOAs through a 2011↔2021 lookup (<see cref="LsoaVintageLookup"/>),
/// so that it can be joined to police.uk data that uses 2021 LSOAs.
/// </summary>
/// <remarks>
/// The apportioning rule: an unchanged or merged 2011 LSOA gives all its residents to its one 2021 counterpart (merged
/// LSOAs add up). A 2011 LSOA with several 2021 counterparts (a split, or a complex change) shares its residents among
/// them in proportion to the area of the 2011 polygon each overlaps, the shares scaled to add up to one; where the
/// polygons of either vintage are not at hand, or overlap nowhere, it shares them equally. Every 2011 resident thus
/// goes to exactly one place, so totals are conserved: the 2021 LSOAs' residents add up to the residents of the 2011
/// LSOAs the lookup holds. Age bands are shared by the same shares. Area is measured in degrees (WGS84), which over one
/// LSOA differs from a true share by far less than the uncertainty of the rule itself (people are not spread evenly).
/// </remarks>
public static class LsoaPopulationMapping
{
    /// <summary>
    /// <paramref name="population"/> in the LSOAs of 2021, when it is of 2011 and a lookup is given; else as it is.
    /// 2011 LSOAs the lookup does not hold are left out (a lookup cut to the area's district leaves the rest of England out).
    /// </summary>
    /// <param name="population">The file as read; its <see cref="LsoaPopulation.Vintage"/> decides whether to map.</param>
    /// <param name="lookup">The 2011↔2021 lookup, or null (no mapping).</param>
    /// <param name="polygons2011">2011 LSOA polygons by code (WGS84), for area shares; may be empty.</param>
    /// <param name="polygons2021">2021 LSOA polygons by code (WGS84), for area shares; may be empty.</param>
    public static MappedPopulation To2021(LsoaPopulation population, LsoaVintageLookup? lookup,
        IReadOnlyDictionary<string, Geometry> polygons2011, IReadOnlyDictionary<string, Geometry> polygons2021)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(polygons2011);
        ArgumentNullException.ThrowIfNull(polygons2021);
        if (population.Vintage != LsoaVintage.Census2011 || lookup is null) return new MappedPopulation(population, 0, 0, population.Vintage);

        var residents = new Dictionary<string, double>(StringComparer.Ordinal);
        var ages = new Dictionary<string, AgeBands>(StringComparer.Ordinal);
        var districts = new Dictionary<string, LsoaDistrict>(StringComparer.Ordinal);
        int shared = 0, byArea = 0;
        foreach (var lsoa in population.Lsoas)
        {
            var targets = lookup.Counterparts(lsoa.Code, LsoaVintage.Census2021);
            if (targets.Count == 0) continue;
            var shares = Shares(lsoa.Code, targets, polygons2011, polygons2021);
            if (targets.Count > 1)
            {
                shared++;
                if (shares.ByArea) byArea++;
            }
            for (var i = 0; i < targets.Count; i++)
            {
                var code = targets[i];
                var share = shares.Values[i];
                residents[code] = residents.GetValueOrDefault(code) + share * lsoa.Residents;
                if (lsoa.Ages is { } a)
                    ages[code] = ages.GetValueOrDefault(code, AgeBands.Zero) + new AgeBands(share * a.Children, share * a.WorkingAge, share * a.Older);
                if (lsoa.District is { } d) districts.TryAdd(code, d);
            }
        }

        var rows = residents.Select(r => new LsoaResidents(r.Key, r.Value, districts.GetValueOrDefault(r.Key), ages.GetValueOrDefault(r.Key)));
        var mapped = new LsoaPopulation(rows, population.Source, LsoaVintage.Census2021, population.ReferenceDate);
        return new MappedPopulation(mapped, shared, byArea, LsoaVintage.Census2011);
    }

    private static (double[] Values, bool ByArea) Shares(string code, IReadOnlyList<string> targets,
        IReadOnlyDictionary<string, Geometry> polygons2011, IReadOnlyDictionary<string, Geometry> polygons2021)
    {
        var equal = Enumerable.Repeat(1.0 / targets.Count, targets.Count).ToArray();
        if (targets.Count == 1 || !polygons2011.TryGetValue(code, out var old) || !targets.All(polygons2021.ContainsKey)) return (equal, false);
        var overlaps = targets.Select(t => LsoaOverlapLookup.Overlap(old, polygons2021[t])).ToArray();
        var total = overlaps.Sum();
        return total > 0 ? ([.. overlaps.Select(o => o / total)], true) : (equal, false);
    }
}
