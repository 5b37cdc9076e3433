namespace Assessment.Browser;

/// <summary>
/// What <see cref="ReportPublisher.PublishAsync"/> produced, in memory, and how long it took. Nothing is written to
/// disk here: the caller saves the HTML, the PDF and the chart images where it wants them.
/// </summary>
/// <param name="Html">The self-contained HTML report (always produced; charts that could not be drawn appear as their text alternatives).</param>
/// <param name="Pdf">The A4 PDF, or null when no browser could be used (see <see cref="BrowserProblem"/>).</param>
/// <param name="Charts">Per chart, in report order: SVG, PNG and drawing time, or why it was not drawn.</param>
/// <param name="BrowserPath">The browser used, or null.</param>
/// <param name="BrowserProblem">When no PDF was produced: what went wrong and exactly what to install or pass.</param>
/// <param name="PageCount">Pages in the PDF, or null.</param>
/// <param name="ContentsPages">Section id → page printed in the contents (empty without a PDF).</param>
/// <param name="ContentsVerified">True when the final PDF puts every section on the page its contents entry says.</param>
/// <param name="PrintPasses">How many times the report was printed to settle the contents page numbers (2 normally, 3 when numbers moved).</param>
/// <param name="BlockedRequests">Network requests the pages tried to make and were refused (0 for a self-contained report).</param>
/// <param name="Timings">Time per step.</param>
public sealed record ReportPublication(
    string Html,
    byte[]? Pdf,
    IReadOnlyList<ChartOutput> Charts,
    string? BrowserPath,
    string? BrowserProblem,
    int? PageCount,
    IReadOnlyDictionary<string, int> ContentsPages,
    bool ContentsVerified,
    int PrintPasses,
    int BlockedRequests,
    PublishTimings Timings)
{
    /// <summary>True when the PDF was produced and every chart was drawn.</summary>
    public bool Complete => Pdf is not null && Charts.All(c => c.Problem is null);
}
