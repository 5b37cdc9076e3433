using Assessment.Core.Configuration;
using Assessment.Cli.Console;
using Assessment.Files.Geography;
using Assessment.Files.Lookups;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// What <c>ingest</c> and <c>validate</c> share: find the files, load them into a store, place rows in the area and
/// print the accounting. Returns null when there were no files to load (the message is already printed). With
/// requireRowsInArea (validate) an area that holds no loaded row stops it with <see cref="AreaMatchException"/>; ingest
/// may load another area's files.
/// </summary>
internal static class LoadAndSummariseStage
{
    /// <returns>True when every file loaded without a rejected row; null when no files were found.</returns>
    public static bool? Run(IAnsiConsole console, AssessmentSettings settings, string storePath, TimeProvider clock, string workingDirectory, bool requireRowsInArea, CancellationToken ct)
    {
        var vintage = LsoaVintageInputs.Load(settings.Area, settings.LsoaBoundaryPath);
        var match = AreaMatch.Widen(AreaPlacement.Asked(settings.Area, vintage), DistrictNameHistory.Load(PartnershipLookup.DefaultFolder));
        var search = InputStage.Run(console, settings, workingDirectory);
        if (search.Files.Count == 0)
        {
            InputStage.ReportNoFiles(console, settings);
            return null;
        }

        using var store = AssessmentStore.Open(storePath);
        var report = IngestStage.Run(console, store, clock, search.Files, ct);
        var vintageNotes = AreaPlacement.Apply(store, match.Area, vintage);
        var queries = new StoreQueries(store);
        IngestSummaryView.Render(console, report, queries.DataQuality(report), queries.Rejects(report.Files.Select(f => f.FileId), 50));
        AreaNotesView.Render(console, requireRowsInArea ? [.. match.Check(store), .. vintageNotes] : vintageNotes);
        console.MarkupLine($"[grey]{report.Elapsed.TotalSeconds:0.00} s[/]");
        return !report.HasDataProblems && search.Problems.Count == 0;
    }
}
