using Assessment.Cli.CommandLine;
using Assessment.Cli.Console;
using Assessment.Cli.Stages;
using Assessment.Core.Configuration;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary><c>assessment ingest</c>: load into the store and report, without writing tables or the report.</summary>
internal sealed class IngestCommand(CliContext context)
{
    public Task<int> ExecuteAsync(AssessmentSettings settings, CancellationToken ct)
    {
        var console = context.Console;
        var area = AreaDefinitionFactory.Create(settings.Area);
        var search = InputStage.Run(console, settings, context.WorkingDirectory);
        if (search.Files.Count == 0) return Task.FromResult(NoFiles(console, settings));

        using var store = AssessmentStore.Open(settings.StorePath);
        var report = IngestStage.Run(console, store, context.Clock, search.Files, ct);
        AreaScope.Apply(store, area);
        var queries = new StoreQueries(store);
        IngestSummaryView.Render(console, report, queries.DataQuality(report), queries.Rejects(report.Files.Select(f => f.FileId), 50));
        console.MarkupLine($"[grey]Store: {Markup.Escape(store.Path)}; {report.Elapsed.TotalSeconds:0.00} s[/]");
        return Task.FromResult(report.HasDataProblems || search.Problems.Count > 0 ? ExitCodes.DataProblems : ExitCodes.Ok);
    }

    internal static int NoFiles(IAnsiConsole console, AssessmentSettings settings)
    {
        console.MarkupLine(
            $"[red]error:[/] no police.uk street-level files (YYYY-MM-<force>-street.csv) found in {Markup.Escape(string.Join(", ", settings.PoliceUkInputs))}.");
        return ExitCodes.Fatal;
    }
}
