using System.Text;
using Spectre.Console;

namespace Assessment.Cli.CommandLine;

/// <summary>Sends System.CommandLine's help and parse errors through the same console as everything else (so tests see them).</summary>
internal sealed class ConsoleWriter(IAnsiConsole console) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => console.Write(value.ToString());

    public override void Write(string? value)
    {
        if (value is not null) console.Write(new Text(value));
    }

    public override void WriteLine(string? value) => console.WriteLine(value ?? "");
}
