using System.Text;
using Spectre.Console;

namespace Assessment.Cli.CommandLine;

/// <summary>
/// Sends System.CommandLine's help and parse errors to the same output as everything else (so tests see them),
/// straight to the console's writer: help text is already laid out, and Spectre would wrap it a second time.
/// </summary>
internal sealed class ConsoleWriter(IAnsiConsole console) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => console.Profile.Out.Writer.Write(value);

    public override void Write(string? value) => console.Profile.Out.Writer.Write(value);

    public override void WriteLine(string? value) => console.Profile.Out.Writer.WriteLine(value);
}
