using Assessment.Browser;
using Assessment.Core.Reporting;
using Assessment.Files.Output;

namespace Assessment.Cli.Stages;

/// <summary>
/// Saves a report through the Files adapter: the table CSVs and chart specifications (from the document), the chart
/// images, the HTML, and the PDF last. Each file is written whole or not at all; a failure stops at that file.
/// </summary>
internal static class ReportOutput
{
    /// <summary>Writes every file of <paramref name="publication"/> and returns their paths in the order written.</summary>
    /// <exception cref="IOException">A file could not be written (e.g. a full disk); the files before it are written, it and the rest are unchanged.</exception>
    /// <exception cref="OperationCanceledException">Cancelled between two files.</exception>
    public static IReadOnlyList<string> Write(ReportFiles files, ReportDocument document, ReportPublication publication, CancellationToken ct)
    {
        var written = new List<string>();
        void Add(Func<string> write)
        {
            ct.ThrowIfCancellationRequested();
            written.Add(write());
        }

        foreach (var table in document.Tables()) Add(() => files.WriteTable(table));
        foreach (var chart in document.Charts()) Add(() => files.WriteChartSpec(chart));
        foreach (var chart in publication.Charts)
        {
            if (chart.Svg is { } svg) Add(() => files.WriteChartSvg(chart.Id, svg));
            if (chart.Png is { } png) Add(() => files.WriteChartPng(chart.Id, png));
        }

        Add(() => files.WriteHtml(publication.Html));
        if (publication.Pdf is { } pdf) Add(() => files.WritePdf(pdf));
        return written;
    }
}
