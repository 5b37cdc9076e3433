using System.Globalization;
using Assessment.Core.Reporting;
using Microsoft.Playwright;

namespace Assessment.Browser;

/// <summary>
/// Prints report HTML to an A4 PDF with a running header (partnership, classification, title) and footer
/// (date produced, classification, "Page N of M"). The header and footer are separate documents in
/// Chromium that do not see the page's fonts, so they carry their own Inter face and explicit sizes.
/// </summary>
public sealed class PdfPrinter
{
    private readonly IPage page;
    private readonly string templateFontCss;

    /// <summary>A printer that uses <paramref name="page"/> (from <see cref="ChromiumSession.NewPageAsync"/>).</summary>
    public PdfPrinter(IPage page, IReadOnlyList<EmbeddedFont> fonts)
    {
        this.page = page ?? throw new ArgumentNullException(nameof(page));
        ArgumentNullException.ThrowIfNull(fonts);
        templateFontCss = string.Concat(fonts.Where(f => f.Weight is 400 or 600).Select(f => f.ToCss()));
    }

    /// <summary>Loads <paramref name="html"/>, waits for its fonts, and prints it.</summary>
    public async Task<byte[]> PrintAsync(string html, ReportCover cover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(cover);
        cancellationToken.ThrowIfCancellationRequested();
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        await page.EvaluateAsync("async () => { await document.fonts.ready; }").ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        var (top, right, bottom, left) = ReportStyles.PageMarginsMm;
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            // A structure tree (headings, lists, tables, figures with their alt text) for screen readers, and
            // bookmarks built from the headings so a reader can jump between chapters; the language comes from
            // the page's <html lang>.
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = Template(left, right, "padding-top:9mm",
                Encode(cover.Partnership), $"<strong>{Encode(cover.Classification)}</strong>", Encode(cover.Title)),
            FooterTemplate = Template(left, right, "padding-bottom:8mm",
                $"Produced {Encode(cover.ProducedOnText)}", $"<strong>{Encode(cover.Classification)}</strong>",
                "Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span>"),
            Margin = new Margin { Top = Mm(top), Right = Mm(right), Bottom = Mm(bottom), Left = Mm(left) },
        }).ConfigureAwait(false);
    }

    private string Template(int left, int right, string padding, string start, string middle, string end) =>
        $"<div style=\"width:100%;box-sizing:border-box;padding-left:{Mm(left)};padding-right:{Mm(right)};{padding};" +
        "font-family:Inter,Arial,sans-serif;font-size:7.5pt;color:#57606a;display:flex;justify-content:space-between;align-items:baseline\">" +
        $"<style>{templateFontCss}</style>" +
        $"<span style=\"flex:1;text-align:left\">{start}</span><span style=\"flex:1;text-align:center;color:#1f2328;letter-spacing:.06em\">{middle}</span>" +
        $"<span style=\"flex:1;text-align:right\">{end}</span></div>";

    private static string Encode(string text) => HtmlText.Encode(text);

    private static string Mm(int millimetres) => millimetres.ToString(CultureInfo.InvariantCulture) + "mm";
}
