using System.Text.Json.Nodes;

namespace Assessment.Core.Reporting;

/// <summary>
/// A chart (or map) drawn from a Vega-Lite spec. Rendered to SVG before the HTML is written and also saved
/// as <c>charts/&lt;Id&gt;.svg|.png|.vl.json</c>; the alt text is always in the HTML, so the chart's content
/// is available without the picture.
/// </summary>
/// <param name="Id">Unique id (see <see cref="Model.ReportIds"/>), also the file name.</param>
/// <param name="Title">Figure title, e.g. "Recorded crime and ASB per month".</param>
/// <param name="Spec">Vega-Lite spec (see the builders in <c>Assessment.Core.Charts</c>).</param>
/// <param name="AltText">Text alternative: what the chart shows and its main message, in one to three sentences.</param>
/// <param name="Source">Data source, e.g. "police.uk street-level crime, Kent Police".</param>
/// <param name="Caption">Optional reading note under the figure.</param>
/// <param name="Kind">Chart or map.</param>
public sealed record ChartBlock(
    string Id,
    string Title,
    JsonObject Spec,
    string AltText,
    string Source,
    string? Caption = null,
    ChartKind Kind = ChartKind.Chart) : ReportBlock;
