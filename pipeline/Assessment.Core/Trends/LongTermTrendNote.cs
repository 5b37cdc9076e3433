namespace Assessment.Core.Trends;

/// <summary>
/// Why a series has no long-term trend test, or what limits its reading, as facts; the report and trend.csv word it
/// (<c>Reporting.Sections.LongTermTrendNoteWording</c>).
/// </summary>
/// <param name="Kind">Which case.</param>
/// <param name="UsableMonths">Usable months of the series (loaded, not flagged incomplete).</param>
/// <param name="RequiredMonths">
/// Usable months the test the note is about needs: <see cref="TrendOptions.MinimumTrendMonths"/> for
/// <see cref="LongTermTrendNoteKind.TooFewMonths"/>, <see cref="TrendOptions.SeasonalTrendMonths"/> for
/// <see cref="LongTermTrendNoteKind.NotSeasonal"/>; 0 for <see cref="LongTermTrendNoteKind.SlopeOnRawCounts"/>, whose
/// requirement is complete years (<see cref="Statistics.SeasonalIndex.MinimumYears"/>).
/// </param>
public sealed record LongTermTrendNote(LongTermTrendNoteKind Kind, int UsableMonths, int RequiredMonths);
