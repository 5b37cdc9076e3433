using Assessment.Cli.CommandLine;
using Assessment.Cli.Stages;
using Assessment.Core.Configuration;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary><c>assessment ingest</c>: load into the store and report, without writing tables or the report.</summary>
internal sealed class IngestCommand(CliContext context)
{
    public Task<int> ExecuteAsync(AssessmentSettings settings, CancellationToken ct)
    {
        var ok = LoadAndSummariseStage.Run(context.Console, settings, settings.StorePath, context.Clock, context.WorkingDirectory, requireRowsInArea: false, ct);
        if (ok is not null) context.Console.MarkupLine($"[grey]Store: {Markup.Escape(settings.StorePath)}[/]");
        return Task.FromResult(ok switch { null => ExitCodes.Fatal, true => ExitCodes.Ok, false => ExitCodes.DataProblems });
    }
}
