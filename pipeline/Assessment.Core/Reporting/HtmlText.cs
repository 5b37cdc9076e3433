using System.Text;

namespace Assessment.Core.Reporting;

/// <summary>HTML encoding for text and attribute values. Encodes only what HTML needs, so non-ASCII text stays readable.</summary>
public static class HtmlText
{
    /// <summary>Encodes &amp;, &lt;, &gt;, double and single quotes; null becomes "".</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
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
