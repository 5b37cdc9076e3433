namespace Assessment.Core.Trends;

/// <summary>
/// Identifies one monthly series: its level and its stable key within the level, with a display label. Two keys are
/// equal when level and key are (the label is not compared), so two wards that share a name stay two series.
/// </summary>
/// <param name="Level">Area, crime type, theme or ward.</param>
/// <param name="Key">Stable code: "All crime and ASB" for the area; the police.uk name of a crime type; the
/// configured id of a theme (e.g. "night-time-economy"); the ONS code of a ward (e.g. "E05009986").</param>
/// <param name="Label">Display name: the theme's or ward's name; the key itself for the area and crime types.</param>
public sealed record SeriesKey(ComparisonLevel Level, string Key, string Label)
{
    /// <summary>The key of the whole-area series.</summary>
    public const string AllCrimeKey = "All crime and ASB";

    /// <summary>A series whose label is its key (the area, a crime type).</summary>
    public SeriesKey(ComparisonLevel level, string key) : this(level, key, key)
    {
    }

    /// <summary>The whole-area series.</summary>
    public static SeriesKey Area { get; } = new(ComparisonLevel.Area, AllCrimeKey);

    /// <inheritdoc/>
    public bool Equals(SeriesKey? other) => other is not null && Level == other.Level && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Level, StringComparer.Ordinal.GetHashCode(Key));

    /// <summary>"level:key" with the CSV name of the level, e.g. "crime_type:Shoplifting"; for logs and test output.</summary>
    public override string ToString() => $"{Level.ToCsvName()}:{Key}";
}
