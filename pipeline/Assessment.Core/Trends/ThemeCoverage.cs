namespace Assessment.Core.Trends;

/// <summary>Which of a theme's crime types occur in the data.</summary>
/// <param name="Theme">The theme as configured.</param>
/// <param name="InData">Its crime types that occur in the loaded data.</param>
/// <param name="NotInData">Its crime types never seen in the loaded data (possibly misspelt in the configuration).</param>
public sealed record ThemeCoverage(TrendTheme Theme, IReadOnlyList<string> InData, IReadOnlyList<string> NotInData)
{
    /// <summary>True when the theme has crime types mapped and so has a series.</summary>
    public bool IsMeasured => Theme.HasCrimeTypes;
}
