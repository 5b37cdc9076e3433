using Assessment.Core.Model;

namespace Assessment.Core.Profile;

/// <summary>The area profile: population, deprivation and rates per 1,000 residents, each with why it is absent when it is (<see cref="ProfileGap"/>).</summary>
/// <param name="AreaName">E.g. "Canterbury".</param>
/// <param name="Period">The assessment period of the rates.</param>
public sealed record AreaProfile(string AreaName, MonthRange Period)
{
    /// <summary>Key of the all-crime series in <see cref="ProfileRate.Series"/>.</summary>
    public const string AllSeries = "all";

    /// <summary>Label of the all-crime series.</summary>
    public const string AllSeriesLabel = "All crime and ASB";

    /// <summary>The area's population, or null (see <see cref="PopulationGap"/>).</summary>
    public PopulationProfile? Population { get; init; }

    /// <summary>Why there is no population, when there is none.</summary>
    public ProfileGap? PopulationGap { get; init; }

    /// <summary>The population file's name, when one is configured.</summary>
    public string? PopulationFile { get; init; }

    /// <summary>The area's IMD deciles, or null (see <see cref="DeprivationGap"/>).</summary>
    public DeprivationProfile? Deprivation { get; init; }

    /// <summary>Why there are no deciles, when there are none.</summary>
    public ProfileGap? DeprivationGap { get; init; }

    /// <summary>The IMD file's name, when one is configured.</summary>
    public string? ImdFile { get; init; }

    /// <summary>How many LSOAs the area has (of the data's vintage).</summary>
    public int AreaLsoas { get; init; }

    /// <summary>Rates by ward, every ward and series (empty without ward boundaries or population).</summary>
    public IReadOnlyList<ProfileRate> WardRates { get; init; } = [];

    /// <summary>Rates by LSOA, every LSOA with residents and every series (empty without population).</summary>
    public IReadOnlyList<ProfileRate> LsoaRates { get; init; } = [];

    /// <summary>The area's own rate per series (one row per series, level "area").</summary>
    public IReadOnlyList<ProfileRate> AreaRates { get; init; } = [];

    /// <summary>The series rated, all crime first: key and label.</summary>
    public IReadOnlyList<(string Key, string Label)> Series { get; init; } = [];

    /// <summary>Area LSOAs that are in no ward of the ward file (left out of ward rates).</summary>
    public int LsoasWithoutWard { get; init; }
}
