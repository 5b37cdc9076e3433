using System.Diagnostics;
using Assessment.Browser;
using Assessment.Core.Configuration;
using Assessment.Core.Disclosure;
using Assessment.Core.Reporting;
using Assessment.Files.Output;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>Composes the strategic assessment, publishes it in the browser (in memory) and saves it as HTML, PDF, chart files and CSV tables.</summary>
internal static class ReportStage
{
    public static async Task<ReportStageResult> RunAsync(
        IAnsiConsole console, AssessmentSettings settings, AssessmentReportInput input, StrategicAssessmentComposer composer,
        string? browserPath, CancellationToken ct)
    {
        // Counts are marked while the chapters are written, then shown or withheld for the edition in one pass,
        // before anything (charts, HTML, PDF, CSV) is made from the document.
        ReportDocument document;
        using (CountMarkers.Begin()) document = composer.Compose(input);
        document = PublicationPass.Apply(document, settings.Disclosure);
        ReportPublication? publication = null;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Writing the report", maxValue: 1);
                var options = new ReportPublishOptions(browserPath, p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = $"Report: {p.Message}";
                });
                publication = await new ReportPublisher().PublishAsync(document, options, ct);
                task.Value = task.MaxValue;
            });

        var result = publication!;
        var writeClock = Stopwatch.StartNew();
        var written = ReportOutput.Write(new ReportFiles(settings.OutputDirectory), document, result, ct);
        var writing = writeClock.Elapsed;
        var t = result.Timings;
        if (result.Pdf is null)
        {
            console.MarkupLine($"[red]error:[/] the PDF was not written: {Markup.Escape(result.BrowserProblem ?? "no browser")}");
            console.MarkupLine("The HTML report, the chart specifications and the CSV tables were written; install a browser and run again for the PDF and chart images.");
        }
        else
        {
            var contents = result.ContentsVerified ? "contents page numbers checked against the PDF" : "[yellow]contents page numbers could not be confirmed[/]";
            console.MarkupLine($"Report: [bold]{result.PageCount:N0}[/] pages, {result.Charts.Count:N0} charts, {document.Tables().Count():N0} tables; {contents}.");
        }
        foreach (var chart in result.Charts.Where(c => c.Problem is not null))
            console.MarkupLine($"[yellow]warning:[/] chart {Markup.Escape(chart.Id)} was not drawn: {Markup.Escape(chart.Problem!)}");
        console.MarkupLine(
            $"[grey]Report stage {(t.Total + writing).TotalSeconds:0.00} s (browser start {t.BrowserStart.TotalSeconds:0.00} s, charts {t.Charts.TotalSeconds:0.00} s, " +
            $"HTML {t.Html.TotalSeconds:0.00} s, PDF {t.Pdf.TotalSeconds:0.00} s over {result.PrintPasses} print passes, writing {written.Count:N0} files {writing.TotalSeconds:0.00} s)[/]");
        return new ReportStageResult(written, Failed: result.Pdf is null, IncompleteReason(result));
    }

    /// <summary>Why the folder lacks outputs of this run: no PDF, or charts whose images could not be drawn; null when complete.</summary>
    private static string? IncompleteReason(ReportPublication publication)
    {
        if (publication.Pdf is null) return $"the PDF and the chart images were not written ({publication.BrowserProblem ?? "no browser"})";
        var missing = publication.Charts.Where(c => c.Problem is not null).Select(c => c.Id).ToList();
        return missing.Count == 0 ? null : $"the images of {missing.Count} chart(s) were not drawn ({string.Join(", ", missing)}), so older images may remain";
    }
}
