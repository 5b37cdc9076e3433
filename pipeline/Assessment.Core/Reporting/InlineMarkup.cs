using System.Text;

namespace Assessment.Core.Reporting;

/// <summary>
/// The only inline markup report text may carry: <c>**strong**</c> and <c>*emphasis*</c>. Everything else,
/// including any HTML in the text, is encoded, so text from configuration or data cannot inject markup.
/// A marker without a partner is kept as a literal asterisk.
/// </summary>
public static class InlineMarkup
{
    /// <summary>Converts <paramref name="text"/> to safe HTML.</summary>
    public static string ToHtml(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var html = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            if (TrySpan(text, i, "**", "strong", html, out var next) || TrySpan(text, i, "*", "em", html, out next))
            {
                i = next;
                continue;
            }

            // A count resolved by the publication pass stays findable in the finished HTML.
            if (text[i] == CountMarkers.ShownOpen) html.Append("<span class=\"count\">");
            else if (text[i] == CountMarkers.ShownClose) html.Append("</span>");
            else html.Append(HtmlText.Encode(text[i].ToString()));
            i++;
        }

        return html.ToString();
    }

    private static bool TrySpan(string text, int start, string marker, string element, StringBuilder html, out int next)
    {
        next = start;
        if (string.CompareOrdinal(text, start, marker, 0, marker.Length) != 0) return false;
        var contentStart = start + marker.Length;
        if (contentStart >= text.Length || char.IsWhiteSpace(text[contentStart]) || text[contentStart] == '*') return false;
        var close = text.IndexOf(marker, contentStart, StringComparison.Ordinal);
        // A single "*" must not close on the first half of a "**".
        while (marker == "*" && close > 0 && close + 1 < text.Length && text[close + 1] == '*')
            close = text.IndexOf(marker, close + 2, StringComparison.Ordinal);
        if (close <= contentStart || char.IsWhiteSpace(text[close - 1])) return false;

        html.Append('<').Append(element).Append('>')
            .Append(HtmlText.Encode(text[contentStart..close]))
            .Append("</").Append(element).Append('>');
        next = close + marker.Length;
        return true;
    }
}
