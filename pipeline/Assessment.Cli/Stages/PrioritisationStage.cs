using Assessment.Core.Reporting;
using Assessment.Core.Benchmarking;
using Assessment.Core.Configuration;
using Assessment.Core.Partners;
using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;
using Assessment.Files.Prioritisation;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// Reads the consultation extract (<c>inputs.consultation</c>) before anything is loaded, so a bad file stops the run
/// at once, and later scores the prioritisation matrix from the run's results.
/// </summary>
internal static class PrioritisationStage
{
    /// <returns>The extract, or null when none is configured.</returns>
    /// <exception cref="ConfigurationException">The file is missing or malformed (file, line and column named).</exception>
    public static ConsultationExtract? LoadConsultation(AssessmentSettings settings) =>
        settings.ConsultationPath is { } path ? ConsultationFile.Read(path) : null;

    /// <summary>Scores the candidates and says in one line how many were scored and which are recommended; notes follow as warnings.</summary>
    public static PrioritisationResult Run(IAnsiConsole console, AssessmentSettings settings, ConsultationExtract? consultation, TrendFindings trends,
        ForceComparison? benchmark, AsbCaseSummary? asbCases, SubstanceMisuseSummary? substance, ReoffendingSummary? reoffending)
    {
        var candidates = CandidateIssues.From(trends, benchmark, asbCases, substance, reoffending);
        // The evidence is report text: its counts are marked so that the public edition can withhold small ones.
        PrioritisationResult result;
        using (CountMarkers.Begin())
            result = PrioritisationMatrix.Score(candidates, settings.Prioritisation, consultation,
            c => PrioritisationWording.Evidence(c, candidates.Count, settings.Prioritisation.Recommend, settings.Period, consultation?.Source));
        var recommended = string.Join(", ", result.RecommendedCandidates.Select(c => c.Name));
        console.MarkupLine($"Prioritisation: {result.Candidates.Count:N0} issues scored{(consultation is { IsSynthetic: true } ? " (public concern from a SYNTHETIC consultation extract)" : "")}; recommended: {Markup.Escape(recommended.Length == 0 ? "none" : recommended)}.");
        foreach (var note in result.Notes) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(PrioritisationWording.Note(note, result.Consultation))}");
        return result;
    }
}
