namespace Assessment.Core.Results;

/// <summary>The area against its police force area and the force's other partnerships.</summary>
/// <param name="Force">E.g. "Kent".</param>
/// <param name="Partnerships">Partnerships of the force with residents.</param>
/// <param name="Themes">All crime (excluding ASB) first, then each theme, in configuration order.</param>
public sealed record ForceComparisonResult(string Force, int Partnerships, IReadOnlyList<ForceThemeResult> Themes);
