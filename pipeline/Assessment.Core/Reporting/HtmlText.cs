using System.Text;

namespace Assessment.Core.Reporting;

/// <summary>HTML encoding for text and attribute values. Encodes only what HTML needs, so non-ASCII text stays readable.</summary>
public static class HtmlText
{
    /// <summary>
    /// Encodes &amp;, &lt;, &gt;, double and single quotes; null becomes "". Resolved count marks are dropped (the
    /// number stays); an unresolved one throws <see cref="InvalidOperationException"/>, since printing it could
    /// show a count the edition withholds (see <see cref="CountMarkers"/>).
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (CountMarkers.HasMarks(text))
            throw new InvalidOperationException($"A count in \"{text}\" reached the HTML without passing through the publication pass (Assessment.Core.Disclosure.PublicationPass).");
        text = CountMarkers.StripShown(text);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
