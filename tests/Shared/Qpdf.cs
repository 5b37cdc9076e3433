using System.Text.Json.Nodes;

namespace Assessment.Tests.Shared;

/// <summary>
/// Reads PDF structure that poppler's command-line tools don't show (the bookmark outline and the catalog), through
/// qpdf's JSON output; fails the test clearly when qpdf is missing.
/// </summary>
public static class Qpdf
{
    /// <summary>Every bookmark title, depth first in document order, each with its depth (0 = top level).</summary>
    public static IReadOnlyList<(int Depth, string Title)> Outline(string pdf)
    {
        var json = JsonNode.Parse(Poppler.Run("qpdf", "--json", "--json-key=outlines", pdf))!;
        var titles = new List<(int, string)>();
        Walk(json["outlines"]!.AsArray(), 0);
        return titles;

        void Walk(JsonArray items, int depth)
        {
            foreach (var item in items)
            {
                titles.Add((depth, (string)item!["title"]!));
                Walk(item["kids"]!.AsArray(), depth + 1);
            }
        }
    }

    /// <summary>The document catalog (the PDF's /Root dictionary) as qpdf prints it, e.g. "&lt;&lt; /Lang (en-GB) … &gt;&gt;".</summary>
    public static string Catalog(string pdf)
    {
        var trailer = JsonNode.Parse(Poppler.Run("qpdf", "--json", "--json-key=qpdf", pdf))!["qpdf"]![1]!["trailer"]!["value"]!;
        var root = ((string)trailer["/Root"]!).Split(' ')[0];
        return Poppler.Run("qpdf", $"--show-object={root}", pdf);
    }
}
