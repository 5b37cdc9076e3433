namespace Assessment.Core.Trends;

/// <summary>Identifies one monthly series: its level and its key within the level.</summary>
/// <param name="Level">Area, crime type, theme or ward.</param>
/// <param name="Key">"All crime and ASB" for the area; the crime type, theme or ward name otherwise.</param>
public sealed record SeriesKey(ComparisonLevel Level, string Key)
{
    /// <summary>The key of the whole-area series.</summary>
    public const string AllCrimeKey = "All crime and ASB";

    /// <summary>The whole-area series.</summary>
    public static SeriesKey Area { get; } = new(ComparisonLevel.Area, AllCrimeKey);

    /// <summary>"level:key" with the CSV name of the level, e.g. "crime_type:Shoplifting"; for logs and test output.</summary>
    public override string ToString() => $"{Level.ToCsvName()}:{Key}";
}
