using System.Globalization;
using Assessment.Cli.CommandLine;
using Spectre.Console;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

return await AssessmentCommandLine.InvokeAsync(args, AnsiConsole.Console, TimeProvider.System, Environment.CurrentDirectory);
