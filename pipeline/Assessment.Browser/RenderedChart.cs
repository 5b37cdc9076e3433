namespace Assessment.Browser;

/// <summary>One chart drawn by the browser.</summary>
/// <param name="Id">The chart id.</param>
/// <param name="Svg">Standalone SVG markup, ids prefixed with the chart id.</param>
/// <param name="Png">PNG at twice the chart's CSS pixel size.</param>
/// <param name="Elapsed">Time from spec in to SVG and PNG out.</param>
public sealed record RenderedChart(string Id, string Svg, byte[] Png, TimeSpan Elapsed);
