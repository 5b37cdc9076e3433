using System.CommandLine;
using Assessment.Cli.Commands;
using Assessment.Cli.Stages;
using Assessment.Core.Geography;
using Assessment.Files.Configuration;
using Assessment.Files.Lookups;
using Assessment.Storage.Store;
using DuckDB.NET.Data;
using Spectre.Console;

namespace Assessment.Cli.CommandLine;

/// <summary>The <c>assessment</c> command line: init, run (the main job), ingest, validate and bench.</summary>
internal static class AssessmentCommandLine
{
    public static Task<int> InvokeAsync(string[] args, IAnsiConsole console, TimeProvider clock, string workingDirectory)
    {
        var context = new CliContext(console, clock, workingDirectory);
        var shared = new SharedOptions();
        var browser = new Option<string?>("--browser") { Description = "Chromium, Chrome or Edge executable for charts and the PDF. Default: the system Chromium." };

        var previous = new Option<string?>("--previous") { Description = "Last year's assessment.json, for the changes since the previous assessment. Replaces the configuration's previous." };
        var run = new Command("run", "Load the police.uk files, analyse the area and write tables and the strategic assessment (HTML and PDF).");
        foreach (var option in shared.All) run.Options.Add(option);
        run.Options.Add(browser);
        run.Options.Add(previous);
        run.SetAction((parse, ct) => Guard(context, () => new RunCommand(context).ExecuteAsync(
            AssessmentConfigLoader.Load(parse.GetValue(shared.Config)!, shared.Overrides(parse) with { PreviousAssessmentPath = parse.GetValue(previous) }, context.WorkingDirectory),
            parse.GetValue(browser), ct)));

        var ingest = new Command("ingest", "Load police.uk street-level files into the store (files already loaded are skipped; restated files replace the old version).");
        foreach (var option in shared.All) ingest.Options.Add(option);
        ingest.SetAction((parse, ct) => Guard(context, () => new IngestCommand(context).ExecuteAsync(Settings(parse, shared, context), ct)));

        var finished = new Argument<string?>("output") { Description = "With --publication public: a finished output folder to scan for small counts (CSV, HTML, JSON).", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Check police.uk files without loading them: headers, row counts, unparseable rows; or, given --publication public and an output folder, check that the folder shows no small count.") { finished };
        foreach (var option in shared.All) validate.Options.Add(option);
        validate.SetAction((parse, ct) => Guard(context, () => parse.GetValue(finished) is { } folder
            ? Task.FromResult(new ValidateCommand(context).ScanPublicOutput(folder, parse.GetValue(shared.Publication), parse.GetValue(shared.Config)!))
            : new ValidateCommand(context).ExecuteAsync(Settings(parse, shared, context), ct)));

        var benchInput = new Option<string[]>("--input", "-i") { Description = "Folders or files of police.uk street-level CSVs.", Required = true, AllowMultipleArgumentsPerToken = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds (the median is reported).", DefaultValueFactory = _ => 5 };
        var bench = new Command("bench", "Time the ingest against DuckDB's own read_csv of the same files (in-memory; the store is not touched).") { benchInput, rounds };
        bench.SetAction((parse, ct) => Guard(context, () => new BenchCommand(context).ExecuteAsync(parse.GetValue(benchInput)!, parse.GetValue(rounds))));

        var csp = new Option<string?>("--csp") { Description = "The Community Safety Partnership, by ONS code (e.g. E22000140) or name (e.g. \"Dartford and Gravesham\")." };
        var district = new Option<string?>("--district") { Description = "A district, by ONS code or name (e.g. Dover); the configuration covers the partnership that holds it." };
        var initOut = new Option<string?>("--out", "-o") { Description = "The configuration file to write. Default: <partnership>.yaml in the current folder." };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var initEndMonth = new Option<string?>("--end-month") { Description = "Last month of the assessment period, e.g. 2025-12. Default: two months before this one." };
        var init = new Command("init", "Write a starting configuration for any Community Safety Partnership in England and Wales (ONS lookups, December 2019).")
        {
            csp, district, initOut, force, initEndMonth,
        };
        init.SetAction((parse, _) => Guard(context, () => Task.FromResult(new InitCommand(context).Execute(
            parse.GetValue(csp), parse.GetValue(district), parse.GetValue(initOut), parse.GetValue(force), parse.GetValue(initEndMonth), PartnershipLookup.DefaultFolder))));

        var root = new RootCommand("assessment: a Community Safety Partnership's strategic assessment from police.uk data, as tables, charts, HTML and PDF.")
        {
            init, run, ingest, validate, bench,
        };
        var configuration = new InvocationConfiguration { Output = new ConsoleWriter(console), Error = new ConsoleWriter(console) };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on usage errors; our 1 means "data problems", so usage errors get 2.
            foreach (var error in parseResult.Errors) console.MarkupLine($"[red]error:[/] {Markup.Escape(error.Message)}");
            console.MarkupLine("Run [bold]assessment --help[/] for the commands and options.");
            return Task.FromResult(ExitCodes.Fatal);
        }
        return parseResult.InvokeAsync(configuration);
    }

    private static Core.Configuration.AssessmentSettings Settings(ParseResult parse, SharedOptions shared, CliContext context) =>
        AssessmentConfigLoader.Load(parse.GetValue(shared.Config)!, shared.Overrides(parse), context.WorkingDirectory);

    /// <summary>Turns the errors a user can act on into one clear red line and exit code 2; anything else is a bug and keeps its stack trace.</summary>
    private static async Task<int> Guard(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is ConfigurationException or LookupNotFoundException or LookupTableException or StoreException or BoundaryDataException or AreaMatchException or ArgumentException)
        {
            context.Console.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.Fatal;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An output folder that can't be written, a full disk: the message names the path.
            context.Console.MarkupLine($"[red]error:[/] cannot write or read a file: {Markup.Escape(ex.Message)}");
            return ExitCodes.Fatal;
        }
        catch (DuckDBException ex)
        {
            context.Console.MarkupLine($"[red]error:[/] the store reported a problem: {Markup.Escape(ex.Message)}. Files loaded before it are kept, each whole.");
            return ExitCodes.Fatal;
        }
        catch (OperationCanceledException)
        {
            context.Console.MarkupLine("[yellow]Interrupted.[/] Files loaded before the interruption are kept, each whole; run again to continue.");
            return ExitCodes.Fatal;
        }
    }
}
