using Assessment.Core.Configuration;
using Assessment.Files.Inputs;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>Finds the police.uk files named by the configuration and says what was found and ignored.</summary>
internal static class InputStage
{
    public static PoliceUkFileSearch Run(IAnsiConsole console, AssessmentSettings settings, string workingDirectory)
    {
        var search = PoliceUkFileFinder.Find(settings.PoliceUkInputs, workingDirectory);
        foreach (var problem in search.Problems) console.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
        if (search.Ignored.Count > 0)
        {
            var sample = string.Join(", ", search.Ignored.Take(3));
            console.MarkupLine($"[grey]Ignored {search.Ignored.Count:N0} other file(s) in the input folders (not street-level files): {Markup.Escape(sample)}{(search.Ignored.Count > 3 ? ", …" : "")}[/]");
        }
        var forces = search.Files.Select(f => f.Name.Force).Distinct().Count();
        var months = search.Files.Select(f => f.Name.Month).Distinct().Order().ToArray();
        if (search.Files.Count > 0)
            console.MarkupLine($"Found [bold]{search.Files.Count:N0}[/] street-level file(s): {forces:N0} force(s), {months.Length:N0} month(s) from {months[0]} to {months[^1]}.");
        return search;
    }

    /// <summary>The error for an input with no street-level files, naming where it looked.</summary>
    public static void ReportNoFiles(IAnsiConsole console, AssessmentSettings settings) =>
        console.MarkupLine(
            $"[red]error:[/] no police.uk street-level files (YYYY-MM-<force>-street.csv) found in {Markup.Escape(string.Join(", ", settings.PoliceUkInputs))}.");
}
