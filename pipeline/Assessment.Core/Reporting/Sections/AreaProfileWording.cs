using Assessment.Core.Profile;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The area profile's rules and gaps in words, for the chapter and the methods.</summary>
public static class AreaProfileWording
{
    /// <summary>The apportioning rule of <see cref="LsoaPopulationMapping"/> in one sentence.</summary>
    public const string MappingRule = "the residents of a 2011 LSOA that was split among several 2021 LSOAs are shared among them in proportion to the area of the 2011 LSOA each covers (equally where no boundaries are at hand); unchanged and merged LSOAs carry their residents whole";

    /// <summary>The best-fit rule of <see cref="LsoaWardFit"/> in one sentence.</summary>
    public const string WardFitRule = "each LSOA is counted wholly in the ward that holds its centroid (a point inside it where the centroid falls outside)";

    private const string LookupKeys = "area.lsoa_lookup or area.lsoa_lookup_boundaries";

    /// <summary>One sentence on why the profile has no population (<see cref="AreaProfile.PopulationGap"/>).</summary>
    public static string PopulationAbsence(AreaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.PopulationGap switch
        {
            ProfileGap.NeedsLookup => $"The population file ({profile.PopulationFile}) gives 2011 LSOAs and none of them matches the area's LSOAs; give a 2011↔2021 LSOA lookup ({LookupKeys}) to map them.",
            ProfileGap.NoMatch => $"The population file ({profile.PopulationFile}) lists none of the area's {profile.AreaLsoas:N0} LSOAs, so the area's population and rates per 1,000 residents are not given.",
            _ => "No population file is configured (population: in the configuration), so the area's population and rates per 1,000 residents are not given.",
        };
    }

    /// <summary>One sentence on why the profile has no IMD deciles (<see cref="AreaProfile.DeprivationGap"/>).</summary>
    public static string DeprivationAbsence(AreaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.DeprivationGap switch
        {
            ProfileGap.NeedsLookup => $"The IMD file ({profile.ImdFile}) ranks 2011 LSOAs and none of the area's LSOAs is among them; give a 2011↔2021 LSOA lookup ({LookupKeys}) to find them.",
            ProfileGap.NoMatch => $"The IMD file ({profile.ImdFile}) lists none of the area's 2011 LSOAs, so deprivation is not described.",
            _ => "No IMD 2019 file is configured (inputs.imd in the configuration), so deprivation is not described.",
        };
    }
}
