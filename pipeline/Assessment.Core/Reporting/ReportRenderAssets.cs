namespace Assessment.Core.Reporting;

/// <summary>
/// What the HTML renderer inlines besides the model: fonts, each chart's pre-rendered SVG (or why it is
/// missing), and the printed page of each section for the contents.
/// </summary>
/// <param name="Fonts">Font faces to embed; the report's CSS asks for the family "Inter" and falls back to sans-serif.</param>
/// <param name="ChartSvgs">Chart id → SVG markup (a single &lt;svg&gt; element, ids already unique in the page).</param>
/// <param name="ChartProblems">Chart id → why it could not be drawn; such charts show their text alternative and this reason.</param>
/// <param name="PageNumbers">Section id → 1-based page in the printed PDF; null before the report has been paginated.</param>
public sealed record ReportRenderAssets(
    IReadOnlyList<EmbeddedFont> Fonts,
    IReadOnlyDictionary<string, string> ChartSvgs,
    IReadOnlyDictionary<string, string> ChartProblems,
    IReadOnlyDictionary<string, int>? PageNumbers = null)
{
    /// <summary>No fonts, charts or page numbers.</summary>
    public static ReportRenderAssets None { get; } = new([], new Dictionary<string, string>(), new Dictionary<string, string>());
}
