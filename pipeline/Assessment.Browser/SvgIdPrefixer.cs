using System.Text.RegularExpressions;

namespace Assessment.Browser;

/// <summary>
/// Makes the ids inside one chart's SVG unique in a page by prefixing them with the chart id. Vega numbers
/// gradient and clip ids from zero for every chart (after <c>resetSVGDefIds</c>), so two inlined charts
/// would otherwise share <c>gradient_0</c> and draw each other's legends.
/// </summary>
internal static partial class SvgIdPrefixer
{
    /// <summary>Prefixes every <c>id="…"</c> and every reference to it (<c>url(#…)</c>, <c>href="#…"</c>, <c>xlink:href="#…"</c>).</summary>
    public static string Prefix(string svg, string prefix)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var ids = IdAttribute().Matches(svg).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0) return svg;

        string Rename(string id) => ids.Contains(id) ? $"{prefix}-{id}" : id;
        svg = IdAttribute().Replace(svg, m => $" id=\"{Rename(m.Groups[1].Value)}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{Rename(m.Groups[1].Value)})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{Rename(m.Groups[2].Value)}\"");
        return svg;
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("""url\(#([^)"']+)\)""")]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
