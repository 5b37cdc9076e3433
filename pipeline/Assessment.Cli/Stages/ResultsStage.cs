using Assessment.Core.Configuration;
using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Results;
using Assessment.Files.Configuration;
using Assessment.Files.Results;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// The results file: reads the previous assessment (<c>previous:</c> or <c>--previous</c>) before anything is loaded,
/// so that a wrong file stops the run at once, and writes this run's <c>assessment.json</c>.
/// </summary>
internal static class ResultsStage
{
    /// <summary>The previous assessment, checked to be of this area and an earlier period; null when none is configured.</summary>
    /// <exception cref="ConfigurationException">The file is missing, not JSON, of an unsupported schema version, of
    /// another area or partnership, or not of an earlier period (file named).</exception>
    public static AssessmentResultsDocument? ReadPrevious(IAnsiConsole console, AssessmentSettings settings)
    {
        if (settings.PreviousAssessmentPath is not { } path) return null;
        var previous = AssessmentResultsFile.ReadPrevious(path, settings.Partnership, settings.Area.Name, Definition(settings.Area), settings.Period.Current);
        console.MarkupLine($"Previous assessment: [bold]{Markup.Escape(previous.Run.CurrentPeriod.ToRange().ToLongString())}[/] ({Markup.Escape(path)}).");
        return previous;
    }

    /// <summary>How <paramref name="area"/> is drawn, as assessment.json records it: the prefixes, the LSOA codes sorted, or the boundary file's name.</summary>
    public static AreaDefinitionResult Definition(AreaSettings area) => area.Kind switch
    {
        AreaKind.LsoaNamePrefix => new("lsoa_name_prefix", [.. area.LsoaNamePrefixes!]),
        AreaKind.LsoaCodes => new("lsoa_codes", [.. area.LsoaCodes!.Order(StringComparer.Ordinal)]),
        _ => new("boundary", [Path.GetFileName(area.BoundaryPath!)]),
    };

    /// <summary>Writes <paramref name="document"/> as <c>&lt;out&gt;/assessment.json</c> and returns its path.</summary>
    public static string Write(AssessmentSettings settings, AssessmentResultsDocument document) =>
        AssessmentResultsFile.Write(settings.OutputDirectory, document);

    /// <summary>The prioritisation in assessment.json's shape: criteria with their weights, candidates by rank.</summary>
    public static PrioritisationMatrixResult Prioritisation(PrioritisationResult result) => new(
        [.. PrioritisationCriterionNames.All.Select(c => new CriterionWeight(c.ToKey(), result.Weights.Of(c)))],
        [.. result.Candidates.Select(c => new PriorityRanking(c.Id, c.Name, c.Kind.ToKey(),
            [.. c.Scores.Select(s => new CriterionScoreResult(s.Criterion.ToKey(), s.Score))], c.Total, c.Rank, c.RankLow, c.RankHigh, c.Recommended))]);

    /// <summary>
    /// The assessed measures in assessment.json's shape. Baseline and current are written as counts only for a metric
    /// that counts records (a rate is not a count, and the disclosure check reads every <c>*_count</c> field as one).
    /// </summary>
    public static IReadOnlyList<MeasureResult> Measures(IReadOnlyList<MeasureAssessment> measures) =>
        [.. measures.Select(m =>
        {
            var counts = m.Metric is { } metric && metric.EndsWith(".count", StringComparison.Ordinal);
            return new MeasureResult(m.ActionId, m.Action, m.PriorityId ?? "", m.Metric, m.Direction?.ToString().ToLowerInvariant(),
                counts && m.Baseline is { } b ? (long)Math.Round(b) : null, counts && m.Current is { } c ? (long)Math.Round(c) : null,
                m.Change is { } change && double.IsFinite(change) ? change : null, m.Verdict is { } v ? VerdictNames.Of(v) : null, StatusName(m.Status), CountMarkers.Plain(m.Evidence));
        })];

    private static string StatusName(RagStatus status) => status switch
    {
        RagStatus.Green => "green",
        RagStatus.Amber => "amber",
        RagStatus.Red => "red",
        RagStatus.Complete => "complete",
        RagStatus.NotStarted => "not_started",
        _ => "not_assessed",
    };
}
