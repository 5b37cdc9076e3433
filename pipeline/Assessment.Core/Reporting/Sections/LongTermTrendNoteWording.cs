using System.Globalization;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The sentences for a <see cref="LongTermTrendNote"/>, as the report and the note column of trend.csv give them.</summary>
public static class LongTermTrendNoteWording
{
    /// <summary>
    /// One or two sentences, e.g. "The trend test needs at least 10 usable months; 4 available." Month counts are
    /// written as digits without separators.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind this wording does not know.</exception>
    public static string Describe(LongTermTrendNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Kind switch
        {
            LongTermTrendNoteKind.TooFewMonths =>
                string.Create(CultureInfo.InvariantCulture, $"The trend test needs at least {note.RequiredMonths} usable months; {note.UsableMonths} available."),
            LongTermTrendNoteKind.NotSeasonal =>
                string.Create(CultureInfo.InvariantCulture, $"The seasonal trend test needs {note.RequiredMonths} usable months; {note.UsableMonths} available. ") +
                "The plain test was used, which cannot separate a trend from the seasonal pattern.",
            LongTermTrendNoteKind.SlopeOnRawCounts =>
                $"Sen's slope is on the raw monthly counts because seasonal indices need {MonthListText.CountWord(SeasonalIndex.MinimumYears)} complete years.",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "Unknown long-term trend note."),
        };
    }
}
