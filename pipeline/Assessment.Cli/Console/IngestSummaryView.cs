using Assessment.Core.Model;
using Assessment.Storage.Analysis;
using Assessment.Storage.Ingest;
using Spectre.Console;

namespace Assessment.Cli.Console;

/// <summary>The end-of-load summary: what happened to each kind of file, where the rows went, and the first problems.</summary>
internal static class IngestSummaryView
{
    private const int ProblemsShown = 20;

    public static void Render(IAnsiConsole console, IngestReport report, IReadOnlyList<FileQuality>? quality, IReadOnlyList<RejectedRow> rejects)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Load[/]");
        table.AddColumn("Files");
        table.AddColumn(new TableColumn("Count").RightAligned());
        table.AddColumn(new TableColumn("Rows read").RightAligned());
        table.AddColumn(new TableColumn("Rows loaded").RightAligned());
        table.AddColumn(new TableColumn("Rows rejected").RightAligned());
        foreach (var outcome in Enum.GetValues<FileOutcome>())
        {
            var files = report.Files.Where(f => f.Outcome == outcome).ToArray();
            if (files.Length == 0) continue;
            table.AddRow(Label(outcome), N(files.Length), N(files.Sum(f => f.RowsRead)), N(files.Sum(f => f.RowsLoaded)), N(files.Sum(f => f.RowsRejected)));
        }
        table.AddRow("[bold]All[/]", N(report.Files.Count), N(report.RowsRead), N(report.RowsLoaded), N(report.RowsRejected));
        console.Write(table);

        if (quality is { Count: > 0 })
        {
            var inArea = quality.Sum(q => q.InArea);
            console.MarkupLine(
                $"Of {N(quality.Sum(q => q.RowsLoaded))} rows loaded: [bold]{N(inArea)}[/] in the area, {N(quality.Sum(q => q.OutsideArea))} outside it, " +
                $"{N(quality.Sum(q => q.NoLocation))} with no location (police.uk \"No Location\"); {N(quality.Sum(q => q.DuplicateCrimeIds))} repeated Crime IDs kept.");
        }

        foreach (var file in report.Files.Where(f => f.Message is not null))
        {
            var colour = file.Outcome == FileOutcome.Failed ? "red" : "grey";
            var label = file.Outcome == FileOutcome.Failed ? "refused" : file.Outcome.ToString().ToLowerInvariant();
            console.MarkupLine($"[{colour}]{label}:[/] {Markup.Escape(file.File.DisplayPath)}: {Markup.Escape(file.Message!)}");
        }

        var rowProblems = rejects.Where(r => r.ErrorType != "FILE REJECTED").ToArray();
        foreach (var reject in rowProblems.Take(ProblemsShown))
        {
            var where = reject.Line is { } line ? $"line {line}" : "";
            var column = reject.Column is null ? "" : $", column \"{reject.Column}\"";
            console.MarkupLine($"[yellow]rejected:[/] {Markup.Escape($"{reject.File}, {where}{column}: {reject.Reason}")}");
        }
        var rejectedRows = report.Files.Where(f => f.Outcome != FileOutcome.Failed).Sum(f => f.RowsRejected);
        if (rejectedRows > 0)
            console.MarkupLine($"[yellow]{N(rejectedRows)} row(s) rejected[/]; every one is in the store's load_reject table with file, line, column and reason.");
    }

    private static string Label(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Loaded => "[green]Loaded[/]",
        FileOutcome.Replaced => "[blue]Replaced (restated)[/]",
        FileOutcome.Unchanged => "[grey]Already loaded, unchanged[/]",
        _ => "[red]Refused[/]",
    };

    private static string N(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
