using Assessment.Cli.CommandLine;
using Assessment.Cli.Console;
using Assessment.Cli.Stages;
using Assessment.Core.Configuration;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>assessment validate</c>: runs the same checks as a load (header, row counts, every row parsed) against a
/// throwaway in-memory store, so the real store is never touched.
/// </summary>
internal sealed class ValidateCommand(CliContext context)
{
    public Task<int> ExecuteAsync(AssessmentSettings settings, CancellationToken ct)
    {
        var console = context.Console;
        var area = AreaDefinitionFactory.Create(settings.Area);
        var search = InputStage.Run(console, settings, context.WorkingDirectory);
        if (search.Files.Count == 0) return Task.FromResult(IngestCommand.NoFiles(console, settings));

        using var store = AssessmentStore.Open(":memory:");
        var report = IngestStage.Run(console, store, context.Clock, search.Files, ct);
        AreaScope.Apply(store, area);
        var queries = new StoreQueries(store);
        IngestSummaryView.Render(console, report, queries.DataQuality(report), queries.Rejects(report.Files.Select(f => f.FileId), 50));
        var ok = !report.HasDataProblems && search.Problems.Count == 0;
        console.MarkupLine(ok
            ? "[green]Valid:[/] every row of every file would load. Nothing was written."
            : "[yellow]Problems found[/] (above). Nothing was written.");
        return Task.FromResult(ok ? ExitCodes.Ok : ExitCodes.DataProblems);
    }
}
