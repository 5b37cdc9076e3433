using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Profile;

/// <summary>What the area profile is computed from.</summary>
/// <param name="AreaName">E.g. "Canterbury".</param>
/// <param name="Period">The assessment period the counts cover.</param>
/// <param name="AreaLsoas">The area's LSOA codes, of the vintage the data uses (the LSOA boundary file's, else the data's).</param>
/// <param name="Counts">In-area records by LSOA and crime type over <paramref name="Period"/>.</param>
public sealed record AreaProfileInput(string AreaName, MonthRange Period, IReadOnlyList<string> AreaLsoas, IReadOnlyList<LsoaCrimeCount> Counts)
{
    /// <summary>The population, already in the data's LSOAs (<see cref="LsoaPopulationMapping"/>); null when no file is configured.</summary>
    public MappedPopulation? Population { get; init; }

    /// <summary>The population file as read, for the file's own totals (England's age structure); null without one.</summary>
    public LsoaPopulation? PopulationFile { get; init; }

    /// <summary>The 2011↔2021 lookup, or null.</summary>
    public LsoaVintageLookup? Lookup { get; init; }

    /// <summary>IMD 2019 ranks by 2011 LSOA, or null when no file is configured.</summary>
    public ImdRanks? Imd { get; init; }

    /// <summary>LSOA code → ward (<see cref="LsoaWardFit"/>); empty without ward boundaries.</summary>
    public IReadOnlyDictionary<string, Ward> WardOfLsoa { get; init; } = new Dictionary<string, Ward>();

    /// <summary>LSOA names by code where the data has none (LSOAs without records), e.g. from the boundary file.</summary>
    public IReadOnlyDictionary<string, string> LsoaNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The priority themes with their crime types; each with types gets its own rates.</summary>
    public IReadOnlyList<TrendTheme> Themes { get; init; } = [];
}
