namespace Assessment.Core.Reporting;

/// <summary>A WOFF2 font face to inline in the HTML as a base64 data URL.</summary>
/// <param name="Family">CSS family name, e.g. "Inter".</param>
/// <param name="Weight">CSS weight, e.g. 400, 600, 700.</param>
/// <param name="Woff2Base64">The font file, base64-encoded.</param>
public sealed record EmbeddedFont(string Family, int Weight, string Woff2Base64)
{
    /// <summary>The <c>@font-face</c> rule for this face.</summary>
    public string ToCss() =>
        $"@font-face{{font-family:\"{Family}\";font-style:normal;font-weight:{Weight};font-display:block;src:url(data:font/woff2;base64,{Woff2Base64}) format(\"woff2\");}}";
}
