using System.Text.Json;
using System.Text.Json.Nodes;
using Assessment.Core.Reporting;
using Assessment.Files.Tables;

namespace Assessment.Files.Output;

/// <summary>
/// Where the report's files go in the output folder, each written whole or not at all (<see cref="AtomicFile"/>):
/// <c>strategic-assessment.html</c>, <c>strategic-assessment.pdf</c>, <c>charts/&lt;id&gt;.vl.json|.svg|.png</c> and
/// <c>tables/&lt;id&gt;.csv</c>. Every method returns the full path it wrote.
/// </summary>
/// <param name="outputDirectory">The run's output folder (created as needed).</param>
public sealed class ReportFiles(string outputDirectory)
{
    /// <summary>File name of the HTML report.</summary>
    public const string HtmlFileName = "strategic-assessment.html";

    /// <summary>File name of the PDF report.</summary>
    public const string PdfFileName = "strategic-assessment.pdf";

    private static readonly JsonSerializerOptions SpecJson = new() { WriteIndented = true };

    private readonly string directory = Path.GetFullPath(outputDirectory ?? throw new ArgumentNullException(nameof(outputDirectory)));

    /// <summary>The full path of the HTML report.</summary>
    public string HtmlPath => Path.Combine(directory, HtmlFileName);

    /// <summary>The full path of the PDF report.</summary>
    public string PdfPath => Path.Combine(directory, PdfFileName);

    /// <summary>The folder of chart files (<c>&lt;out&gt;/charts</c>).</summary>
    public string ChartsDirectory => Path.Combine(directory, "charts");

    /// <summary>The folder of table files (<c>&lt;out&gt;/tables</c>).</summary>
    public string TablesDirectory => Path.Combine(directory, "tables");

    /// <summary>Writes <c>tables/&lt;id&gt;.csv</c> (see <see cref="ReportTableCsv"/>).</summary>
    /// <exception cref="ArgumentException">The table is invalid.</exception>
    /// <exception cref="IOException">It could not be written; any previous version is unchanged.</exception>
    public string WriteTable(ReportTable table) => ReportTableCsv.Write(TablesDirectory, table);

    /// <summary>Writes <c>charts/&lt;id&gt;.vl.json</c>: the chart's Vega-Lite specification, indented, UTF-8, ending with LF.</summary>
    /// <exception cref="IOException">It could not be written; any previous version is unchanged.</exception>
    public string WriteChartSpec(ChartBlock chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Write(Path.Combine(ChartsDirectory, SafeId(chart.Id) + ".vl.json"), chart.Spec.ToJsonString(SpecJson) + "\n");
    }

    /// <summary>Writes <c>charts/&lt;id&gt;.svg</c>: <paramref name="svg"/> (standalone SVG markup) after an XML declaration, ending with LF.</summary>
    /// <exception cref="IOException">It could not be written; any previous version is unchanged.</exception>
    public string WriteChartSvg(string chartId, string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        return Write(Path.Combine(ChartsDirectory, SafeId(chartId) + ".svg"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + svg + "\n");
    }

    /// <summary>Writes <c>charts/&lt;id&gt;.png</c>: the PNG bytes as given.</summary>
    /// <exception cref="IOException">It could not be written; any previous version is unchanged.</exception>
    public string WriteChartPng(string chartId, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        var path = Path.Combine(ChartsDirectory, SafeId(chartId) + ".png");
        AtomicFile.WriteAllBytes(path, png);
        return path;
    }

    /// <summary>Writes <c>strategic-assessment.html</c> (UTF-8 without a byte-order mark).</summary>
    /// <exception cref="IOException">It could not be written; any previous version is unchanged.</exception>
    public string WriteHtml(string html) => Write(HtmlPath, html);

    /// <summary>Writes <c>strategic-assessment.pdf</c>.</summary>
    /// <exception cref="IOException">It could not be written; any previous version is unchanged.</exception>
    public string WritePdf(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        AtomicFile.WriteAllBytes(PdfPath, pdf);
        return PdfPath;
    }

    private static string Write(string path, string text)
    {
        AtomicFile.WriteAllText(path, text);
        return path;
    }

    /// <summary>Chart ids become file names, so only ids that follow <see cref="ReportIds"/> are taken.</summary>
    private static string SafeId(string chartId) =>
        ReportIds.IsValid(chartId) ? chartId : throw new ArgumentException($"The chart id '{chartId}' is not a valid report id (lower-case letters, digits and hyphens).", nameof(chartId));
}
