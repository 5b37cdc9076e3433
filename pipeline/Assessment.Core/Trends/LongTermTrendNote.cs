using Assessment.Core.Model;

namespace Assessment.Core.Trends;

/// <summary>
/// Why a series has no long-term trend test, or what limits its reading, as facts; the report and trend.csv word it
/// (<c>Reporting.Sections.LongTermTrendNoteWording</c>).
/// </summary>
/// <param name="Kind">Which case.</param>
/// <param name="UsableMonths">Usable months of the series (loaded, not flagged incomplete).</param>
/// <param name="RequiredMonths">
/// For <see cref="LongTermTrendNoteKind.TooFewMonths"/>, the usable months the test needs
/// (<see cref="TrendOptions.MinimumTrendMonths"/>); for <see cref="LongTermTrendNoteKind.NotSeasonal"/>, those the
/// seasonal test needs (<see cref="TrendOptions.SeasonalTrendMonths"/>); for <see cref="LongTermTrendNoteKind.GapInSeries"/>,
/// the longest gap a trend may span (<see cref="TrendOptions.MaximumTrendGapMonths"/>).
/// </param>
public sealed record LongTermTrendNote(LongTermTrendNoteKind Kind, int UsableMonths, int RequiredMonths)
{
    /// <summary>For <see cref="LongTermTrendNoteKind.GapInSeries"/>, the longest run of months without a usable count; null otherwise.</summary>
    public MonthRange? Gap { get; init; }
}
