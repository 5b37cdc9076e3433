namespace Assessment.Browser;

/// <summary>What <see cref="ReportPublisher.PublishAsync"/> wrote and how long it took.</summary>
/// <param name="HtmlPath">The HTML report (always written).</param>
/// <param name="PdfPath">The PDF, or null when no browser could be used (see <see cref="BrowserProblem"/>).</param>
/// <param name="Charts">Per chart: spec, SVG and PNG paths and drawing time.</param>
/// <param name="TablePaths">One CSV per table with an id, in report order.</param>
/// <param name="BrowserPath">The browser used, or null.</param>
/// <param name="BrowserProblem">When no PDF was produced: what went wrong and exactly what to install or pass.</param>
/// <param name="PageCount">Pages in the PDF, or null.</param>
/// <param name="ContentsPages">Section id → page printed in the contents (empty without a PDF).</param>
/// <param name="ContentsVerified">True when the final PDF puts every section on the page its contents entry says.</param>
/// <param name="PrintPasses">How many times the report was printed to settle the contents page numbers (2 normally, 3 when numbers moved).</param>
/// <param name="BlockedRequests">Network requests the pages tried to make and were refused (0 for a self-contained report).</param>
/// <param name="Timings">Time per step.</param>
public sealed record ReportPublication(
    string HtmlPath,
    string? PdfPath,
    IReadOnlyList<ChartOutput> Charts,
    IReadOnlyList<string> TablePaths,
    string? BrowserPath,
    string? BrowserProblem,
    int? PageCount,
    IReadOnlyDictionary<string, int> ContentsPages,
    bool ContentsVerified,
    int PrintPasses,
    int BlockedRequests,
    PublishTimings Timings)
{
    /// <summary>True when the PDF was written and every chart was drawn.</summary>
    public bool Complete => PdfPath is not null && Charts.All(c => c.Problem is null);

    /// <summary>Every file written, HTML first.</summary>
    public IEnumerable<string> Files()
    {
        yield return HtmlPath;
        if (PdfPath is not null) yield return PdfPath;
        foreach (var chart in Charts)
        {
            yield return chart.SpecPath;
            if (chart.SvgPath is not null) yield return chart.SvgPath;
            if (chart.PngPath is not null) yield return chart.PngPath;
        }

        foreach (var table in TablePaths) yield return table;
    }
}
