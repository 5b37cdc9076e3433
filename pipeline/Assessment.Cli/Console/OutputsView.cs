using Spectre.Console;

namespace Assessment.Cli.Console;

/// <summary>Lists the files a run wrote, relative to the output folder.</summary>
internal static class OutputsView
{
    public static void Render(IAnsiConsole console, string outputDirectory, IReadOnlyList<string> written)
    {
        if (written.Count == 0) return;
        console.MarkupLine($"Wrote to [bold]{Markup.Escape(outputDirectory)}[/]:");
        foreach (var path in written) console.MarkupLine($"  {Markup.Escape(Path.GetRelativePath(outputDirectory, path).Replace('\\', '/'))}");
    }
}
