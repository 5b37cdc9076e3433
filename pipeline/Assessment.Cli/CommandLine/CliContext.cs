using Spectre.Console;

namespace Assessment.Cli.CommandLine;

/// <summary>What every command gets from the composition root: where to write, what time it is, where it runs.</summary>
internal sealed record CliContext(IAnsiConsole Console, TimeProvider Clock, string WorkingDirectory);
