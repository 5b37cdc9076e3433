using Assessment.Cli.CommandLine;
using Assessment.Cli.Stages;
using Assessment.Core.Configuration;
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
        var ok = LoadAndSummariseStage.Run(context.Console, settings, ":memory:", context.Clock, context.WorkingDirectory, requireRowsInArea: true, ct);
        if (ok is null) return Task.FromResult(ExitCodes.Fatal);
        context.Console.MarkupLine(ok.Value
            ? "[green]Valid:[/] every row of every file would load. Nothing was written."
            : "[yellow]Problems found[/] (above). Nothing was written.");
        return Task.FromResult(ok.Value ? ExitCodes.Ok : ExitCodes.DataProblems);
    }
}
