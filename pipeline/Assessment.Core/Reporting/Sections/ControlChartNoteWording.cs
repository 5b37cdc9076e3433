using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The sentence for a <see cref="ControlChartNote"/>.</summary>
public static class ControlChartNoteWording
{
    /// <summary>
    /// One or two sentences, e.g. "A control chart needs at least 12 usable baseline months, so that its limits reflect a
    /// full year of normal variation; 4 available (January to April 2024). …" Baseline months are named in runs (<see cref="MonthListText.Describe"/>), or as the clipped baseline
    /// when none is usable.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException">A note that needs a baseline or window has none.</exception>
    public static string Describe(ControlChartNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Kind switch
        {
            ControlChartNoteKind.NoMonthsLoaded => "No months are loaded, so there is no control chart.",
            ControlChartNoteKind.NoEarlierMonth => "No month before the assessment period is loaded, so there is no baseline to set control limits from.",
            ControlChartNoteKind.NoMonthInBaseline => $"No loaded month falls in the baseline ({Requested(note)}), so there are no control limits.",
            ControlChartNoteKind.TooFewBaselineMonths =>
                $"A control chart needs at least {note.MinimumMonths} usable baseline months, so that its limits reflect a full year of normal variation; {note.UsableMonths.Count} available ({Usable(note)})." +
                " Limits from fewer months would mistake ordinary seasonal variation for special causes.",
            ControlChartNoteKind.EmptyBaseline => $"The baseline ({Usable(note)}) has no records, so no control limits can be set.",
            ControlChartNoteKind.NoConsecutiveBaselineMonths =>
                $"No two consecutive baseline months are usable ({Usable(note)}), so the month-to-month variation that sets the control limits cannot be measured.",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "Unknown control chart note."),
        };
    }

    // A baseline configured without a first month starts at year 1 and is meant to reach back to the earliest data.
    private static string Requested(ControlChartNote note) => note.Baseline is { } b
        ? b.First.Year == 1 ? $"months up to {b.Last.ToLongString()}" : b.ToLongString()
        : throw new ArgumentException($"A {note.Kind} note needs the baseline asked for.", nameof(note));

    private static string Usable(ControlChartNote note) => note.UsableMonths.Count > 0 ? MonthListText.Describe(note.UsableMonths)
        : note.Window?.ToLongString() ?? throw new ArgumentException($"A {note.Kind} note needs the baseline window.", nameof(note));
}
