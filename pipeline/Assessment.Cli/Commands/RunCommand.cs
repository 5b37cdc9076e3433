using Assessment.Core.Disclosure;
using Assessment.Cli.CommandLine;
using Assessment.Cli.Console;
using Assessment.Cli.Stages;
using Assessment.Core.Configuration;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Packs;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Results;
using Assessment.Core.Trends;
using Assessment.Files.Output;
using Assessment.Files.Tables;
using Assessment.Storage.Analysis;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>assessment run</c>, the main job: load (skipping what is already loaded), place rows in the area,
/// write the tables and the report. Before the first output is written the output folder is marked incomplete
/// (<see cref="IncompleteRunMarker"/>); the mark is removed only once every output has been written.
/// </summary>
internal sealed class RunCommand(CliContext context)
{
    public async Task<int> ExecuteAsync(AssessmentSettings settings, string? browserPath, CancellationToken ct)
    {
        var console = context.Console;
        var startedAt = context.Clock.GetUtcNow();
        var timings = new StageTimings();
        console.MarkupLine(
            $"[bold]{Markup.Escape(settings.Partnership)}[/]: strategic assessment for {Markup.Escape(settings.Period.Current.ToLongString())}, " +
            $"compared with {Markup.Escape(settings.Period.Comparison.ToLongString())}.");

        var previous = ResultsStage.ReadPrevious(console, settings);
        var inputs = RunInputs.Load(settings);
        var consultation = PrioritisationStage.LoadConsultation(settings);
        var area = inputs.Area;
        console.MarkupLine($"Area: [bold]{Markup.Escape(area.Name)}[/] ({Markup.Escape(AreaDefinitionWording.Describe(area))}).");
        var search = InputStage.Run(console, settings, context.WorkingDirectory);
        if (search.Files.Count == 0)
        {
            InputStage.ReportNoFiles(console, settings);
            return ExitCodes.Fatal;
        }

        using var store = AssessmentStore.Open(settings.StorePath);
        var ingest = timings.Time("load", () => IngestStage.Run(console, store, context.Clock, search.Files, ct));
        ct.ThrowIfCancellationRequested();

        var queries = new StoreQueries(store);
        IReadOnlyList<string> vintageNotes = [];
        var (quality, counts) = timings.Time("area", () =>
        {
            vintageNotes = AreaPlacement.Apply(store, area, inputs.Vintage);
            return (queries.DataQuality(ingest), queries.CountsByMonth(area.Name));
        });
        IngestSummaryView.Render(console, ingest, quality, queries.Rejects(ingest.Files.Select(f => f.FileId), 50));
        IReadOnlyList<string> areaNotes = [.. inputs.Match.Check(store), .. vintageNotes];
        // Coverage first: a ward file of another district is refused with the points it misses, before any cut.
        BoundaryCoverage.Check(store, settings, inputs);
        (inputs, var wardNote) = WardListStage.Cut(store, settings, inputs);
        if (wardNote is not null) areaNotes = [.. areaNotes, wardNote];
        AreaNotesView.Render(console, areaNotes);
        PeriodCoverageView.Render(console, settings.Period, counts);

        var (trendInput, trends) = timings.Time("trends", () =>
        {
            var trendInput = TrendStage.Input(store, settings, inputs, counts, quality);
            return (trendInput, TrendAnalysis.Run(trendInput));
        });
        var (hotspots, hotspotMaps) = timings.Time("hotspots", () => HotspotStage.Run(console, store, settings, inputs, trends.Coverage));
        var flyTipping = timings.Time("partners", () => FlyTippingStage.Run(console, store, settings));
        var profile = timings.Time("profile", () => AreaProfileStage.Run(store, settings, inputs));
        var benchmark = timings.Time("benchmark", () => ForceComparisonStage.Run(console, store, settings, inputs));
        var reoffending = timings.Time("reoffending", () => ReoffendingStage.Run(console, store, settings));
        var drugMarket = timings.Time("drug tables", () => DrugMarketStage.Run(console, store, settings, queries.ForcesInArea()));
        var substance = timings.Time("substance", () => SubstanceMisuseStage.Run(console, store, settings));
        var asbCases = timings.Time("asb cases", () => AsbCaseStage.Run(console, store, settings, inputs));
        var prioritisation = timings.Time("prioritisation", () => PrioritisationStage.Run(console, settings, consultation, trends, benchmark.Comparison, asbCases.Summary, substance.Summary, reoffending.Summary));
        var (plan, measures) = timings.Time("action plan", () => ActionPlanStage.Run(console, settings, inputs, trendInput, trends, asbCases.Summary));

        IncompleteRunMarker.Place(settings.OutputDirectory, startedAt);
        // The analysis files hold every count, to the month and the ward: the public edition publishes the report's
        // own tables (suppressed, tables/<id>.csv) and leaves these to the restricted edition.
        var written = settings.Disclosure.Suppresses ? [] : timings.Time("tables", () => new[]
        {
            OutputContract.WriteCountsByMonth(settings.OutputDirectory, counts),
            OutputContract.WriteDataQuality(settings.OutputDirectory, quality),
        }.Concat(TrendTables.Write(settings.OutputDirectory, trends)).Concat(HotspotTables.Write(settings.OutputDirectory, hotspots))
            .Concat(AreaProfileTables.Write(settings.OutputDirectory, profile))
            .Concat(ForceComparisonTables.Write(settings.OutputDirectory, benchmark.Comparison, benchmark.StoreCounts))
            .Append(PrioritisationTables.Write(settings.OutputDirectory, prioritisation, settings.Period))
            .Concat(ActionPlanTables.Write(settings.OutputDirectory, plan, measures, inputs.ActionPlan?.ExampleValues ?? false)).ToArray());

        var input = new AssessmentReportInput(
            settings.Partnership, area.Name, settings.Period, DateOnly.FromDateTime(context.Clock.GetLocalNow().DateTime), settings.Classification, counts, quality)
        {
            ForceName = queries.ForcesInArea() is { Count: > 0 } forces ? string.Join(" and ", forces) : "the police force",
            Priorities = PriorityTheme.WithActionPlanCommitments(settings.Priorities, inputs.ActionPlan?.Items ?? [], inputs.ActionPlan?.Source),
            ActionPlan = plan,
            MeasureAssessments = measures,
            ActionPlanExampleValues = inputs.ActionPlan?.ExampleValues ?? false,
            ActionPlanSource = inputs.ActionPlan?.Source,
            AreaNotes = areaNotes,
            Analyses = new ReportAnalyses(SignificanceTests: true, HarmWeighting: true, Hotspots: true),
            FlyTipping = flyTipping.Summary,
            Reoffending = reoffending.Summary,
            DrugMarket = drugMarket.Summary,
            SubstanceMisuse = substance.Summary,
        };
        if (flyTipping.Absence is { } absence) input = input with { FlyTippingAbsence = absence };
        if (reoffending.Absence is { } noReoffending) input = input with { ReoffendingAbsence = noReoffending };
        input = input with { AsbCases = asbCases.Summary };
        if (asbCases.Absence is { } asbAbsence) input = input with { AsbCasesAbsence = asbAbsence };
        var results = AssessmentResultsBuilder.Build(new AssessmentResultsSources(settings.Partnership, area.Name, ResultsStage.Definition(settings.Area),
            settings.Period, input.ProducedOn, settings.Classification, counts, quality, trends)
        {
            Hotspots = hotspots,
            Profile = profile,
            ForceComparison = benchmark.Comparison,
            FlyTipping = flyTipping.Summary,
            Reoffending = reoffending.Summary,
            SubstanceMisuse = substance.Summary,
            AsbCases = asbCases.Summary,
            Prioritisation = ResultsStage.Prioritisation(prioritisation),
            Measures = measures.Count > 0 ? ResultsStage.Measures(measures) : null,
            Publication = settings.Disclosure.Edition.ToString().ToLowerInvariant(),
        });
        // assessment.json holds every count (it is next year's previous:), so like the analysis tables it belongs to the restricted edition.
        if (!settings.Disclosure.Suppresses) written = [.. written, ResultsStage.Write(settings, results)];
        var composer = StrategicAssessmentComposer.For(new ReportResults
        {
            Trends = trends,
            Hotspots = hotspots,
            HotspotMaps = hotspotMaps,
            Profile = profile,
            ForceComparison = new ForceComparisonFindings(benchmark.Comparison, benchmark.Absence, benchmark.PopulationSource),
            Prioritisation = prioritisation,
            Changes = new AssessmentChanges(results, previous),
            Summary = Marked(() => ExecutiveSummaryInputs.From(prioritisation, measures, new ChangesSection(results, previous).Headlines())),
        });
        var report = await timings.TimeAsync("report", () => ReportStage.RunAsync(console, settings, input, composer, browserPath, ct));
        // The packs reuse the report's own priority chapters and assessed measures.
        var packs = Marked(() => new PriorityPackComposer(composer.Part("priorities"), hotspots, hotspotMaps).Compose(input))
            .Select(p => p with { Document = PublicationPass.Apply(p.Document, settings.Disclosure) }).ToList();
        var (packFiles, packProblem) = await timings.TimeAsync("packs", () => PackStage.RunAsync(console, settings.OutputDirectory, packs, browserPath, ct));
        var incomplete = string.Join("; ", new[] { report.IncompleteReason, packProblem }.OfType<string>()) is { Length: > 0 } both ? both : null;
        if (incomplete is not null) IncompleteRunMarker.Place(settings.OutputDirectory, startedAt, incomplete);
        else IncompleteRunMarker.Clear(settings.OutputDirectory);
        FindingsView.Render(console, trends);
        OutputsView.Render(console, settings.OutputDirectory, [.. written, .. report.Written, .. packFiles]);
        if (incomplete is not null)
            console.MarkupLine($"[yellow]warning:[/] the output folder is marked incomplete ({IncompleteRunMarker.FileName}): {Markup.Escape(incomplete)}.");
        timings.Render(console);

        var partnerRejected = reoffending.Rejected + drugMarket.Rejected + substance.Rejected;
        var dataProblems = ingest.HasDataProblems || search.Problems.Count > 0 || flyTipping.Rejected > 0 || asbCases.Rejected > 0 || partnerRejected > 0;
        if (!report.Failed && dataProblems)
        {
            // Said last, where a scheduled job's log ends: exit status 1 is not a failed run.
            var rejected = ingest.Files.Sum(f => f.RowsRejected);
            var failed = ingest.Files.Count(f => f.Outcome == FileOutcome.Failed);
            var parts = new List<string>();
            if (rejected > 0) parts.Add($"{rejected:N0} row{(rejected == 1 ? "" : "s")} rejected (listed above and in load_reject)");
            if (failed > 0) parts.Add($"{failed:N0} file{(failed == 1 ? "" : "s")} not loaded");
            if (asbCases.Rejected > 0) parts.Add($"{asbCases.Rejected:N0} council ASB case row{(asbCases.Rejected == 1 ? "" : "s")} rejected (in load_reject)");
            if (flyTipping.Rejected > 0) parts.Add($"{flyTipping.Rejected:N0} fly-tipping row{(flyTipping.Rejected == 1 ? "" : "s")} rejected (in load_reject)");
            if (partnerRejected > 0) parts.Add($"{partnerRejected:N0} reoffending, drug-table, treatment or Fingertips row{(partnerRejected == 1 ? "" : "s")} rejected (in load_reject)");
            if (search.Problems.Count > 0) parts.Add($"{search.Problems.Count:N0} input problem{(search.Problems.Count == 1 ? "" : "s")} (listed above)");
            console.MarkupLine($"[yellow]Exit status {ExitCodes.DataProblems}:[/] {Markup.Escape(string.Join("; ", parts))}; the outputs were written from everything else.");
        }
        return report.Failed ? ExitCodes.Fatal : dataProblems ? ExitCodes.DataProblems : ExitCodes.Ok;
    }

    /// <summary>Runs <paramref name="compose"/> with counts marked, as report text is, so that the publication pass can withhold small ones.</summary>
    private static T Marked<T>(Func<T> compose)
    {
        using (CountMarkers.Begin()) return compose();
    }
}
