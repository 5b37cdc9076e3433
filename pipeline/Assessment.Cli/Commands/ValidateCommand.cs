using Assessment.Cli.CommandLine;
using Assessment.Cli.Stages;
using Assessment.Core.Configuration;
using Assessment.Core.Disclosure;
using Assessment.Files.Configuration;
using Assessment.Files.Output;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>assessment validate</c>: runs the same checks as a load (header, row counts, every row parsed) against a
/// throwaway in-memory store, so the real store is never touched. <c>assessment validate --publication public
/// &lt;out&gt;</c> instead scans a finished output folder for counts the public edition must not show
/// (<see cref="PublicOutputScan"/>).
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

    /// <summary>
    /// Lists every small count <paramref name="folder"/> shows or gives away; exit 0 when there is none, 1 when there is
    /// (each listed with its file, line or cell and value), 2 when the folder is missing or the edition is not public.
    /// The threshold is the configuration's <c>suppression_threshold</c> when the configuration can be read, else 5.
    /// </summary>
    public int ScanPublicOutput(string folder, string? publication, string configPath)
    {
        var console = context.Console;
        if (publication != "public")
        {
            console.MarkupLine("[red]error:[/] an output folder is checked only for the public edition: add [bold]--publication public[/].");
            return ExitCodes.Fatal;
        }

        var full = Path.GetFullPath(folder, context.WorkingDirectory);
        if (!Directory.Exists(full))
        {
            console.MarkupLine($"[red]error:[/] the output folder {Markup.Escape(full)} does not exist.");
            return ExitCodes.Fatal;
        }

        var threshold = ConfiguredThreshold(configPath);
        var policy = new DisclosurePolicy(PublicationEdition.Public, threshold);
        var findings = PublicOutputScan.Scan(full, policy);
        if (findings.Count == 0)
        {
            console.MarkupLine($"[green]Public:[/] no count from 1 to {threshold - 1} is shown or can be worked out in {Markup.Escape(full)} (CSV, HTML and JSON files).");
            return ExitCodes.Ok;
        }

        console.MarkupLine($"[red]Not publishable:[/] {findings.Count:N0} count{(findings.Count == 1 ? "" : "s")} below {threshold} in {Markup.Escape(full)}:");
        foreach (var finding in findings.Take(200)) console.MarkupLine($"  {Markup.Escape(finding.ToString())}");
        if (findings.Count > 200) console.MarkupLine($"  … and {findings.Count - 200:N0} more.");
        return ExitCodes.DataProblems;
    }

    private int ConfiguredThreshold(string configPath)
    {
        try
        {
            return AssessmentConfigLoader.Load(configPath, new ConfigurationOverrides { Publication = "public" }, context.WorkingDirectory).Disclosure.Threshold;
        }
        catch (ConfigurationException ex)
        {
            // A folder can be checked without its configuration; the default threshold then applies, and is said.
            context.Console.MarkupLine($"[grey]Threshold {DisclosurePolicy.DefaultThreshold} (the configuration was not read: {Markup.Escape(ex.Message)})[/]");
            return DisclosurePolicy.DefaultThreshold;
        }
    }
}
