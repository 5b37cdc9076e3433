namespace Assessment.Core.Results;

/// <summary>One configured priority theme and its own comparison.</summary>
/// <param name="Id">The theme's stable id, e.g. "night-time-economy".</param>
/// <param name="Name">E.g. "Night-time economy and violence".</param>
/// <param name="CrimeTypes">Its police.uk crime types, in configuration order.</param>
/// <param name="PreviousCount">Records in the compared months of the comparison period; null when no month was compared.</param>
/// <param name="CurrentCount">Records in the compared months of the assessment period; null when no month was compared.</param>
/// <param name="Verdict">As in <see cref="YearOnYearResult.Verdict"/>; null when no month was compared.</param>
public sealed record PriorityThemeResult(
    string Id,
    string Name,
    IReadOnlyList<string> CrimeTypes,
    long? PreviousCount,
    long? CurrentCount,
    string? Verdict);
