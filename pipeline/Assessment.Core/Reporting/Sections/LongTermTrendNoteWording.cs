using System.Globalization;
using Assessment.Core.Model;
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
    /// <exception cref="ArgumentException">A <see cref="LongTermTrendNoteKind.GapInSeries"/> note without its gap.</exception>
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
            LongTermTrendNoteKind.GapInSeries =>
                string.Create(CultureInfo.InvariantCulture, $"The usable months have a gap of {Gap(note).Length} months ({Gap(note).ToLongString()}), longer than the {note.RequiredMonths} months a trend may span: ") +
                "a slope across it would compare different parts of the year. The change between the same months of the two periods is given in the comparison with the previous period.",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "Unknown long-term trend note."),
        };
    }

    private static MonthRange Gap(LongTermTrendNote note) =>
        note.Gap ?? throw new ArgumentException("A gap note needs the gap's months.", nameof(note));
}
