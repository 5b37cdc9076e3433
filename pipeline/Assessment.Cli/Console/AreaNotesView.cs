using Spectre.Console;

namespace Assessment.Cli.Console;

/// <summary>Prints how the area was matched beyond what was asked (a district's other name), one note a line.</summary>
internal static class AreaNotesView
{
    public static void Render(IAnsiConsole console, IReadOnlyList<string> notes)
    {
        foreach (var note in notes) console.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
    }
}
