namespace Assessment.Core.Results;

/// <summary>The area against the force for one theme, over the assessment period.</summary>
/// <param name="Id">"all-crime" or the theme's id.</param>
/// <param name="Name">The theme's name.</param>
/// <param name="AreaCount">The area's records; null when the area has no residents in the population file.</param>
/// <param name="AreaRatePerThousand">The area's rate per 1,000 residents; null likewise.</param>
/// <param name="ForceCount">The force area's records.</param>
/// <param name="ForceRatePerThousand">The force area's rate per 1,000 residents.</param>
/// <param name="Rank">The area's rank in the force, 1 = highest rate; null likewise.</param>
/// <param name="Verdict">"higher", "lower" or "similar" against the force rate; null likewise.</param>
public sealed record ForceThemeResult(
    string Id,
    string Name,
    long? AreaCount,
    double? AreaRatePerThousand,
    long ForceCount,
    double ForceRatePerThousand,
    int? Rank,
    string? Verdict);
