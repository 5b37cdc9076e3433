namespace Assessment.Core.Results;

/// <summary>The area profile's headline.</summary>
/// <param name="Lsoas">LSOAs in the area.</param>
/// <param name="Residents">Residents of the area's LSOAs; null without a population file.</param>
/// <param name="PopulationSource">The population file's name; null without one.</param>
/// <param name="AllCrimeRatePerThousand">All crime and ASB per 1,000 residents over the assessment period; null without residents.</param>
/// <param name="MostDeprivedDecileLsoas">Area LSOAs in the most deprived national IMD decile; null without an IMD file.</param>
public sealed record AreaProfileHeadline(
    int Lsoas,
    double? Residents,
    string? PopulationSource,
    double? AllCrimeRatePerThousand,
    int? MostDeprivedDecileLsoas);
