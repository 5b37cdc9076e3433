namespace Assessment.Core.Reporting;

/// <summary>
/// What the executive summary takes from the prioritisation, the action plan and the comparison with the previous
/// assessment. Each list is optional: an empty list leaves its part of the summary out (the statutory checklist says
/// which elements the run lacks), so the summary never states a priority, a status or a change the run did not produce.
/// </summary>
public sealed record ExecutiveSummaryInputs
{
    /// <summary>No priorities, plan progress or changes since the previous assessment.</summary>
    public static ExecutiveSummaryInputs None { get; } = new();

    /// <summary>The recommended priorities in rank order, each with one line of evidence.</summary>
    public IReadOnlyList<PriorityEvidence> Priorities { get; init; } = [];

    /// <summary>Progress on the previous plan's measures, one per measure.</summary>
    public IReadOnlyList<MeasureProgress> PlanProgress { get; init; } = [];

    /// <summary>Changes since the previous assessment, one sentence each (e.g. "Shoplifting entered the priorities at rank 3.").</summary>
    public IReadOnlyList<string> ChangesSincePrevious { get; init; } = [];

    /// <summary>
    /// The summary's inputs from the run's results: the recommended priorities in rank order, each with its rank, its
    /// rank range under the sensitivity check and the criteria it scored 4 or 5 on; every measure whose status was
    /// computed from the data, with its evidence; and <paramref name="changes"/> as given.
    /// </summary>
    /// <param name="prioritisation">The prioritisation matrix; null gives no priorities.</param>
    /// <param name="measures">The action plan's assessed measures; those with a status computed from the data are listed.</param>
    /// <param name="changes">Changes since the previous assessment, a sentence each (<see cref="Sections.ChangesSection.Headlines"/>).</param>
    public static ExecutiveSummaryInputs From(Prioritisation.PrioritisationResult? prioritisation, IReadOnlyList<ActionPlans.MeasureAssessment> measures, IReadOnlyList<string> changes)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(changes);
        var priorities = prioritisation is null ? [] : prioritisation.RecommendedCandidates.Select(c =>
        {
            var high = c.Scores.Where(s => s.Measured && s.Score >= 4).Select(s => Prioritisation.PrioritisationCriterionNames.ToLabel(s.Criterion).ToLowerInvariant()).ToList();
            var range = c.RankLow == c.RankHigh ? "the same rank whichever weight moves by 20%" : $"ranks {c.RankLow} to {c.RankHigh} as each weight moves by 20%";
            var drivers = high.Count == 0 ? "no criterion scored 4 or more" : $"scored 4 or more on {string.Join(", ", high.Take(high.Count - 1))}{(high.Count > 1 ? " and " : "")}{high[^1]}";
            return new PriorityEvidence(c.Name, $"Ranked {c.Rank} of {prioritisation.Candidates.Count} ({range}); {drivers}.");
        }).ToList();
        return new ExecutiveSummaryInputs
        {
            Priorities = priorities,
            // Only statuses computed from the data: the summary stays within two pages, and reported ones are in the chapter.
            PlanProgress = [.. measures.Where(m => m.Source == ActionPlans.MeasureStatusSource.Computed).Select(m => new MeasureProgress(m.Measure, m.Status, m.Evidence))],
            ChangesSincePrevious = changes,
        };
    }
}
