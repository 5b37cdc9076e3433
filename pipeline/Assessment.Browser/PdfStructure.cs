using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Assessment.Browser;

/// <summary>
/// The two things the report needs from a Chromium-printed PDF: the page count and the page of each named
/// destination. Chromium (Skia) writes a destination for every element id that an internal link targets, in
/// the catalog's <c>/Dests</c> dictionary as <c>/id [N 0 R /XYZ …]</c>, and writes these dictionaries and the
/// page tree uncompressed, so they can be read as text without a PDF library.
/// </summary>
public sealed partial record PdfStructure(int PageCount, IReadOnlyDictionary<string, int> Destinations)
{
    /// <summary>Reads <paramref name="pdf"/>; throws <see cref="FormatException"/> when it has no readable page tree.</summary>
    public static PdfStructure Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var objects = new Dictionary<int, string>();
        foreach (Match m in ObjectPattern().Matches(text))
        {
            var body = m.Groups[2].Value;
            var stream = body.IndexOf("stream", StringComparison.Ordinal);
            objects[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = stream >= 0 ? body[..stream] : body;
        }

        var catalog = objects.Values.FirstOrDefault(o => CatalogType().IsMatch(o))
            ?? throw new FormatException("The PDF has no readable catalog (it may use compressed object streams).");
        var pagesRoot = Reference(catalog, "Pages") ?? throw new FormatException("The PDF catalog has no /Pages entry.");

        var pageOrder = new List<int>();
        CollectPages(objects, pagesRoot, pageOrder, depth: 0);
        var pageIndex = new Dictionary<int, int>();
        for (var i = 0; i < pageOrder.Count; i++) pageIndex[pageOrder[i]] = i + 1;

        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        var destsText = Reference(catalog, "Dests") is { } destsRef && objects.TryGetValue(destsRef, out var d) ? d : InlineDictionary(catalog, "Dests");
        if (destsText is not null)
        {
            foreach (Match m in DestinationPattern().Matches(destsText))
            {
                if (pageIndex.TryGetValue(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), out var page))
                    destinations[DecodeName(m.Groups[1].Value)] = page;
            }
        }

        return new PdfStructure(pageOrder.Count, destinations);
    }

    private static void CollectPages(Dictionary<int, string> objects, int node, List<int> pages, int depth)
    {
        if (depth > 64 || !objects.TryGetValue(node, out var body)) throw new FormatException($"The PDF page tree refers to a missing object {node}.");
        if (PagesType().IsMatch(body))
        {
            var kids = KidsPattern().Match(body);
            if (!kids.Success) return;
            foreach (Match kid in ReferencePattern().Matches(kids.Groups[1].Value))
                CollectPages(objects, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages, depth + 1);
        }
        else
        {
            pages.Add(node);
        }
    }

    private static int? Reference(string dictionary, string key)
    {
        var m = Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+0\s+R");
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? InlineDictionary(string dictionary, string key)
    {
        var start = dictionary.IndexOf($"/{key}", StringComparison.Ordinal);
        if (start < 0) return null;
        var open = dictionary.IndexOf("<<", start, StringComparison.Ordinal);
        var close = open < 0 ? -1 : dictionary.IndexOf(">>", open, StringComparison.Ordinal);
        return open < 0 || close < 0 ? null : dictionary[open..close];
    }

    private static string DecodeName(string name) =>
        HexEscape().Replace(name, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"(\d+)\s+0\s+obj\b(.*?)\bendobj", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"/Type\s*/Catalog\b")]
    private static partial Regex CatalogType();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsPattern();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"/([^\s/\[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex DestinationPattern();

    [GeneratedRegex("#([0-9A-Fa-f]{2})")]
    private static partial Regex HexEscape();
}
