using System.Globalization;
using System.Text;

namespace Assessment.Core.Reporting;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to one self-contained HTML file: fonts, styles and chart SVGs are
/// inlined and nothing is fetched when the file is viewed. Pure: the same inputs give the same string.
/// Structure: skip link, cover (<c>&lt;header&gt;</c>), contents (<c>&lt;nav&gt;</c>), then
/// <c>&lt;main&gt;</c> with one <c>&lt;section&gt;</c> per chapter (h2), child sections (h3) and minor headings (h4).
/// </summary>
public sealed class HtmlReportRenderer
{
    /// <summary>Renders the document; throws <see cref="ArgumentException"/> when the model is invalid (see <see cref="ReportDocument.Validate"/>).</summary>
    public string Render(ReportDocument document, ReportRenderAssets assets)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(assets);
        document.Validate();

        var html = new StringBuilder(64 * 1024);
        var cover = document.Cover;
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Encode($"{cover.Title} – {cover.Partnership}")).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(HtmlText.Encode($"{cover.Title}: {cover.PeriodText}. {cover.Classification}.")).Append("\">\n")
            .Append("<style>\n");
        foreach (var font in assets.Fonts) html.Append(font.ToCss()).Append('\n');
        html.Append(ReportStyles.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n");

        WriteCover(html, cover);
        WriteContents(html, document, assets.PageNumbers);

        html.Append("<main id=\"main\">\n");
        var blocks = new HtmlBlockWriter(html, assets);
        var entries = ReportContents.Entries(document).ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var chapter in document.Sections) WriteSection(html, blocks, chapter, 2, entries);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteCover(StringBuilder html, ReportCover cover)
    {
        html.Append("<header class=\"cover\">\n<div class=\"cover-band\"></div>\n")
            .Append("<p class=\"cover-partnership\">").Append(HtmlText.Encode(cover.Partnership)).Append("</p>\n")
            .Append("<h1>").Append(HtmlText.Encode(cover.Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(cover.Subtitle))
            html.Append("<p class=\"cover-subtitle\">").Append(HtmlText.Encode(cover.Subtitle)).Append("</p>\n");
        else
            html.Append("<p class=\"cover-subtitle\">Strategic assessment of crime, disorder and substance misuse</p>\n");
        html.Append("<dl class=\"cover-meta\">\n")
            .Append("<dt>Period covered</dt><dd>").Append(HtmlText.Encode(cover.PeriodText)).Append("</dd>\n")
            .Append("<dt>Date produced</dt><dd>").Append(HtmlText.Encode(cover.ProducedOnText)).Append("</dd>\n")
            .Append("<dt>Classification</dt><dd>").Append(HtmlText.Encode(cover.Classification)).Append("</dd>\n")
            .Append("</dl>\n")
            .Append("<p class=\"cover-classification\">Protective marking: <strong>").Append(HtmlText.Encode(cover.Classification))
            .Append("</strong>. Handle in line with the Government Security Classifications.</p>\n</header>\n");
    }

    private static void WriteContents(StringBuilder html, ReportDocument document, IReadOnlyDictionary<string, int>? pageNumbers)
    {
        html.Append("<nav class=\"contents\" aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">Contents</h2>\n<ol>\n");
        foreach (var entry in ReportContents.Entries(document))
        {
            // The page cell always takes the same width, so filling in the numbers cannot move anything.
            var page = pageNumbers is not null && pageNumbers.TryGetValue(entry.Id, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "";
            html.Append("<li class=\"toc-").Append(entry.Level).Append("\"><a href=\"#").Append(entry.Id).Append("\">")
                .Append("<span class=\"toc-number\">").Append(entry.Number).Append("</span>")
                .Append("<span class=\"toc-title\">").Append(HtmlText.Encode(entry.Title)).Append("</span>")
                .Append("<span class=\"toc-leader\" aria-hidden=\"true\"></span>")
                .Append("<span class=\"toc-page\">").Append(page).Append("</span></a></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static void WriteSection(StringBuilder html, HtmlBlockWriter blocks, ReportSection section, int level, IReadOnlyDictionary<string, ContentsEntry> entries)
    {
        var headingLevel = Math.Min(level, 4);
        html.Append("<section id=\"").Append(section.Id).Append('"').Append(level == 2 && section.IsBrief ? " class=\"brief\"" : "")
            .Append(" aria-labelledby=\"").Append(section.Id).Append("-heading\">\n")
            .Append("<h").Append(headingLevel).Append(" id=\"").Append(section.Id).Append("-heading\">");
        if (entries.TryGetValue(section.Id, out var entry))
            html.Append("<span class=\"section-number\">").Append(entry.Number).Append("</span> ");
        html.Append(HtmlText.Encode(section.Title)).Append("</h").Append(headingLevel).Append(">\n");
        foreach (var block in section.Blocks) blocks.Write(block, headingLevel + 1);
        foreach (var child in section.Children) WriteSection(html, blocks, child, level + 1, entries);
        html.Append("</section>\n");
    }
}
