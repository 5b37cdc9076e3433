namespace Assessment.Browser;

/// <summary>The files written for one chart.</summary>
/// <param name="Id">Chart id.</param>
/// <param name="SpecPath">The Vega-Lite spec (<c>charts/&lt;id&gt;.vl.json</c>), always written.</param>
/// <param name="SvgPath">The SVG, or null when the chart could not be drawn.</param>
/// <param name="PngPath">The PNG (2× scale), or null when the chart could not be drawn.</param>
/// <param name="Elapsed">Drawing time, or null when not drawn.</param>
/// <param name="Problem">Why it was not drawn, or null.</param>
public sealed record ChartOutput(string Id, string SpecPath, string? SvgPath, string? PngPath, TimeSpan? Elapsed, string? Problem);
