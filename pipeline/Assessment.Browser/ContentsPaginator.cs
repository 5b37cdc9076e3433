using System.Diagnostics;
using Assessment.Core.Reporting;

namespace Assessment.Browser;

/// <summary>
/// Prints a report so that its contents page numbers are right: print once, read the page of every section
/// from the PDF's named destinations, fill the numbers in and print again. The contents keeps its layout
/// whatever the numbers (fixed-width page cells), so they should not move; if they do, one more pass is made.
/// </summary>
internal static class ContentsPaginator
{
    internal sealed record Result(string Html, byte[] Pdf, PdfStructure Structure, IReadOnlyDictionary<string, int> Pages, bool Verified, int Passes, TimeSpan HtmlTime, TimeSpan PdfTime);

    public static async Task<Result> PrintAsync(
        Func<IReadOnlyDictionary<string, int>?, string> renderHtml,
        PdfPrinter printer,
        ReportDocument document,
        Action<ReportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var sectionIds = ReportContents.Entries(document).Select(e => e.Id).ToList();
        var htmlClock = new Stopwatch();
        var pdfClock = new Stopwatch();
        var passes = 0;

        async Task<(string Html, byte[] Pdf, PdfStructure Structure)> Pass(IReadOnlyDictionary<string, int>? pages)
        {
            passes++;
            progress?.Invoke(new ReportProgress("pdf", passes - 1, 2, $"Printing the PDF (pass {passes})"));
            htmlClock.Start();
            var html = renderHtml(pages);
            htmlClock.Stop();
            pdfClock.Start();
            var pdf = await printer.PrintAsync(html, document.Cover, cancellationToken).ConfigureAwait(false);
            var structure = PdfStructure.Read(pdf);
            pdfClock.Stop();
            return (html, pdf, structure);
        }

        var current = await Pass(null).ConfigureAwait(false);
        var pages = Pick(current.Structure, sectionIds);
        var verified = false;
        for (var attempt = 0; attempt < 2 && !verified; attempt++)
        {
            current = await Pass(pages).ConfigureAwait(false);
            var printed = Pick(current.Structure, sectionIds);
            verified = printed.Count == sectionIds.Count && sectionIds.All(id => printed[id] == pages[id]);
            if (!verified) pages = printed;
        }

        return new Result(current.Html, current.Pdf, current.Structure, pages, verified, passes, htmlClock.Elapsed, pdfClock.Elapsed);
    }

    private static Dictionary<string, int> Pick(PdfStructure structure, IReadOnlyList<string> ids) =>
        ids.Where(structure.Destinations.ContainsKey).ToDictionary(id => id, id => structure.Destinations[id], StringComparer.Ordinal);
}
