using Assessment.Cli.CommandLine;
using Spectre.Console;

namespace Assessment.Cli.Tests;

/// <summary>Runs the command line in-process against a plain-text console and returns exit code and output.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var exitCode = await AssessmentCommandLine.InvokeAsync(args, console, TimeProvider.System, workingDirectory);
        return (exitCode, writer.ToString());
    }

    /// <summary>Options that point a run at the sample data but keep every output inside <paramref name="folder"/>.</summary>
    public static string[] SampleArgs(TemporaryDirectory folder, params string[] extra) =>
    [
        "--config", Path.Combine(RepositoryPaths.DataSamples, "assessment.yaml"),
        "--out", folder.Combine("out"),
        "--store", folder.Combine("store.duckdb"),
        .. extra,
    ];
}
