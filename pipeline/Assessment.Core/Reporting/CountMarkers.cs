using System.Globalization;
using System.Text;
namespace Assessment.Core.Reporting;

/// <summary>
/// Marks the counts that report text carries, so that the public edition can find and suppress them after the text
/// is written. <see cref="ReportNumbers.FormatCount"/> and <see cref="ReportNumbers.FormatSignedCount"/>, the one
/// count formatter, wrap the count in private-use characters while a <see cref="Begin"/> scope is open (the run
/// composes its report inside one); the publication pass (<c>Assessment.Core.Disclosure.PublicationPass</c>) then
/// resolves every mark through <see cref="Resolve"/>: the number itself, or, in the public edition, "fewer than 5" for
/// a small count and <see cref="SuppressionWording.Symbol"/> for every other count in the same text, because a total or a difference written beside a small count would give it
/// away ("rose from 3 to 8 (+5)"). In the public edition, resolved counts in running text keep a second mark that the
/// renderer turns into <c>&lt;span class="count"&gt;</c>, so that a finished HTML file still says which numbers
/// are counts (<c>assessment validate --publication public</c> reads them).
/// </summary>
/// <remarks>
/// Marks rather than a scan of finished sentences, because a sentence cannot tell a count from a year, a rank or a
/// ward number; and marks only inside a scope, so that text composed elsewhere (tests, console lines, CSV notes)
/// stays plain. A mark that reaches <see cref="HtmlText"/> unresolved stops the render rather than print a count
/// the edition was not allowed to show.
/// </remarks>
public static class CountMarkers
{
    /// <summary>Starts an unresolved count mark.</summary>
    public const char Open = '\uE000';

    /// <summary>Ends an unresolved count mark.</summary>
    public const char Close = '\uE001';

    /// <summary>Starts a resolved count in running text (rendered as <c>&lt;span class="count"&gt;</c>).</summary>
    public const char ShownOpen = '\uE002';

    /// <summary>Ends a resolved count in running text.</summary>
    public const char ShownClose = '\uE003';

    private static readonly AsyncLocal<int> Depth = new();

    /// <summary>True while a scope is open on this flow of execution.</summary>
    public static bool Active => Depth.Value > 0;

    /// <summary>Opens a scope in which counts are marked; dispose it to close. Scopes nest.</summary>
    public static IDisposable Begin()
    {
        Depth.Value++;
        return new Scope();
    }

    /// <summary>The mark of a count: <c>Open</c>, "c" (count) or "s" (signed difference), the raw value, <c>Close</c>.</summary>
    public static string Mark(long value, bool signed) =>
        Open + (signed ? "s" : "c") + value.ToString(CultureInfo.InvariantCulture) + Close;

    /// <summary>True when <paramref name="text"/> holds an unresolved mark.</summary>
    public static bool HasMarks(string? text) => text is not null && text.Contains(Open, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="text"/> with every mark resolved. When <paramref name="threshold"/> is given (the public
    /// edition) and any count of the text is from 1 to threshold − 1, that count reads "fewer than N" and every other
    /// count or difference of the text reads "[c]". <paramref name="keepShownMarks"/> wraps each count shown in
    /// <see cref="ShownOpen"/>/<see cref="ShownClose"/>.
    /// </summary>
    /// <param name="text">Text that may hold marks; null gives null.</param>
    /// <param name="threshold">The smallest count shown, or null to show every count (the restricted edition).</param>
    /// <param name="keepShownMarks">True for running text rendered with <see cref="InlineMarkup"/>.</param>
    /// <param name="suppressed">Set to true when something was withheld.</param>
    /// <exception cref="FormatException">A mark is malformed.</exception>
    public static string? Resolve(string? text, int? threshold, bool keepShownMarks, ref bool suppressed)
    {
        if (!HasMarks(text)) return text;
        var marks = Parse(text!);
        bool IsSmall(long v) => threshold is { } t && v >= 1 && v < t;
        var anySmall = marks.Any(m => !m.Signed && IsSmall(m.Value));
        var result = new StringBuilder(text!.Length);
        var at = 0;
        foreach (var mark in marks)
        {
            result.Append(text, at, mark.Start - at);
            at = mark.End;
            if (anySmall)
            {
                suppressed = true;
                result.Append(!mark.Signed && IsSmall(mark.Value) ? SuppressionWording.FewerThan(threshold!.Value) : SuppressionWording.Symbol);
                continue;
            }

            var shown = mark.Signed ? ReportNumbers.Format(mark.Value, NumberFormat.SignedInteger) : ReportNumbers.Format(mark.Value, NumberFormat.Integer);
            if (keepShownMarks) result.Append(ShownOpen).Append(shown).Append(ShownClose);
            else result.Append(shown);
        }

        result.Append(text, at, text.Length - at);
        return result.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with every count shown as it is (the restricted edition's text), for files and consoles
    /// that hold a sentence composed inside a <see cref="Begin"/> scope; null gives null.
    /// </summary>
    public static string? Plain(string? text)
    {
        var suppressed = false;
        return Resolve(text, null, keepShownMarks: false, ref suppressed);
    }

    /// <summary><paramref name="text"/> without resolved marks (for attributes and plain text).</summary>
    public static string StripShown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains(ShownOpen, StringComparison.Ordinal) || text.Contains(ShownClose, StringComparison.Ordinal)
            ? text.Replace(ShownOpen.ToString(), "", StringComparison.Ordinal).Replace(ShownClose.ToString(), "", StringComparison.Ordinal)
            : text;
    }

    private static List<(int Start, int End, bool Signed, long Value)> Parse(string text)
    {
        var marks = new List<(int, int, bool, long)>();
        var at = 0;
        while ((at = text.IndexOf(Open, at)) >= 0)
        {
            var close = text.IndexOf(Close, at);
            if (close < 0 || close - at < 3 || !long.TryParse(text.AsSpan(at + 2, close - at - 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                throw new FormatException($"A count mark in \"{text}\" is malformed.");
            marks.Add((at, close + 1, text[at + 1] == 's', value));
            at = close + 1;
        }

        return marks;
    }

    private sealed class Scope : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            Depth.Value--;
        }
    }
}
