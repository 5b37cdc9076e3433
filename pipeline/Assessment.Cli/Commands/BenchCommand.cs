using System.Globalization;
using Assessment.Cli.CommandLine;
using Assessment.Files.Inputs;
using Assessment.Storage.Benchmarks;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>assessment bench</c>: times the ingest of a folder of police.uk files against DuckDB's own read_csv of the
/// same files, in the same process, and prints a Markdown row for the README.
/// </summary>
internal sealed class BenchCommand(CliContext context)
{
    public Task<int> ExecuteAsync(IReadOnlyList<string> inputs, int repetitions)
    {
        var console = context.Console;
        var search = PoliceUkFileFinder.Find(inputs.Select(i => Path.GetFullPath(i, context.WorkingDirectory)), context.WorkingDirectory);
        if (search.Files.Count == 0)
        {
            console.MarkupLine($"[red]error:[/] no police.uk street-level files in {Markup.Escape(string.Join(", ", inputs))}.");
            return Task.FromResult(ExitCodes.Fatal);
        }
        console.MarkupLine($"Benchmarking ingest of {search.Files.Count:N0} files, {repetitions} rounds (median reported)…");
        var result = IngestBenchmark.Run(search.Files, repetitions, line => console.MarkupLine($"[grey]{Markup.Escape(line)}[/]"));
        var i = CultureInfo.InvariantCulture;
        console.WriteLine();
        console.WriteLine("| files | rows | DuckDB read_csv (s) | read_csv rows/s | assessment ingest (s) | ingest rows/s | ingest / read_csv | peak working set | cores |");
        console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        console.WriteLine(string.Format(i, "| {0:N0} | {1:N0} | {2:0.000} | {3:N0} | {4:0.000} | {5:N0} | {6:0.00}× | {7:N0} MB | {8} |",
            result.Files, result.IngestRows, result.ReferenceSeconds, result.ReferenceRowsPerSecond, result.IngestSeconds, result.IngestRowsPerSecond,
            result.Ratio, result.PeakWorkingSetBytes / 1024 / 1024, result.Cores));
        if (result.ReferenceRows != result.IngestRows)
            console.MarkupLine($"[yellow]note:[/] read_csv returned {result.ReferenceRows:N0} rows and the ingest loaded {result.IngestRows:N0}.");
        return Task.FromResult(ExitCodes.Ok);
    }
}
