using Assessment.Core.Model;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>Loads the files with a progress bar (the bar only draws on an interactive terminal).</summary>
internal static class IngestStage
{
    public static IngestReport Run(IAnsiConsole console, AssessmentStore store, TimeProvider clock, IReadOnlyList<PoliceUkSourceFile> files, CancellationToken ct)
    {
        var ingestor = new PoliceUkIngestor(store, clock);
        IngestReport? report = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"Loading {files.Count:N0} police.uk files", maxValue: Math.Max(1, files.Count));
                report = ingestor.Ingest(files, new ImmediateProgress<IngestProgress>(p =>
                {
                    task.Value = p.FilesDone;
                    task.Description = $"Loading {p.CurrentFile} ({p.FilesDone:N0}/{p.FilesTotal:N0}, {p.RowsRead:N0} rows)";
                }), ct);
                task.Value = task.MaxValue;
            });
        return report!;
    }
}
