namespace Assessment.Core.Trends;

/// <summary>
/// A priority theme as the trend analysis sees it: a stable id, a name and the police.uk crime types whose counts
/// indicate it. Themes may share crime types (they are not a partition of all crime).
/// </summary>
/// <param name="Id">Stable slug from the configuration, e.g. "night-time-economy"; the theme series' key in every table.</param>
/// <param name="Name">The theme's name as the report uses it, e.g. "Night-time economy and violence"; the series' label.</param>
/// <param name="CrimeTypes">police.uk categories summed into the theme's series; may be empty when no category
/// indicates the theme (the analysis then says the theme cannot be measured from police.uk data).</param>
public sealed record TrendTheme(string Id, string Name, IReadOnlyList<string> CrimeTypes)
{
    /// <summary>True when at least one crime type is mapped to the theme.</summary>
    public bool HasCrimeTypes => CrimeTypes.Count > 0;

    /// <summary>The key of the theme's series: level theme, key the id, label the name.</summary>
    public SeriesKey SeriesKey => new(ComparisonLevel.Theme, Id, Name);
}
