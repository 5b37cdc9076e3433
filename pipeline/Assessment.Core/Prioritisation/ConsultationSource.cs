namespace Assessment.Core.Prioritisation;

/// <summary>Which consultation extract the public-concern scores come from.</summary>
/// <param name="FileName">The file's name without its folder.</param>
/// <param name="ThemeColumn">1-based column of the theme, for notes about a theme no candidate matches.</param>
/// <param name="IsSynthetic">True when the extract is a synthetic sample.</param>
public sealed record ConsultationSource(string FileName, int ThemeColumn, bool IsSynthetic);
