namespace Assessment.Browser;

/// <summary>One chart of a publication: drawn (SVG and PNG in memory) or, with the reason, not drawn.</summary>
/// <param name="Id">Chart id (a <c>ReportIds</c> id, so it can name the chart's files).</param>
/// <param name="Svg">Standalone SVG markup with ids prefixed by the chart id, or null when the chart could not be drawn.</param>
/// <param name="Png">PNG bytes at twice the chart's CSS pixel size, or null when the chart could not be drawn.</param>
/// <param name="Elapsed">Drawing time, or null when not drawn.</param>
/// <param name="Problem">Why it was not drawn (Vega's message, or that no browser was available), or null.</param>
public sealed record ChartOutput(string Id, string? Svg, byte[]? Png, TimeSpan? Elapsed, string? Problem);
