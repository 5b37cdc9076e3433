using Assessment.Core.Benchmarking;

namespace Assessment.Core.Prioritisation;

/// <summary>
/// Scores candidate issues on six criteria (1–5 each), weights and ranks them, checks how stable each rank is, and
/// recommends the top ones (METHODS.md §1.4; docs/prioritisation.md).
/// <list type="bullet">
/// <item>Volume and harm: <see cref="QuintileScore"/> across the candidates that have the measure. Volume is ranked by
/// count: with one population for every candidate, rates per 1,000 rank the same.</item>
/// <item>Trend: <see cref="TrendScore"/>. Vulnerability: the partners' rating. Public concern: quintile of the share
/// of respondents across the candidates the consultation names. Benchmark: higher than the force 5, similar 3, lower 1.</item>
/// <item>A missing input scores <see cref="NeutralScore"/> and is flagged (<see cref="CriterionScore.Measured"/> false),
/// so it neither raises nor lowers a rank beyond the middle of the scale, and the report says so.</item>
/// <item>Total = Σ weight × score; rank 1 = highest total, ties broken by id (ordinal). Totals are compared after
/// rounding to 9 decimals so that the order of additions cannot break a tie.</item>
/// <item>Sensitivity: each weight is multiplied by 0.8 and by 1.2, one at a time (12 variants), and the ranks recomputed;
/// a candidate's rank range is its best and worst rank over the variants and the configured weights.</item>
/// <item>Recommended: the first <see cref="PrioritisationSettings.Recommend"/> candidates by rank among those with at
/// least <see cref="MinimumMeasured"/> measured criteria (a candidate scored mostly on neutral values is not evidence).</item>
/// </list>
/// </summary>
public static class PrioritisationMatrix
{
    /// <summary>The score a missing input takes: the middle of the 1–5 scale.</summary>
    public const int NeutralScore = 3;

    /// <summary>Measured criteria a candidate needs to be recommended.</summary>
    public const int MinimumMeasured = 3;

    /// <summary>The factors each weight is multiplied by in the sensitivity check.</summary>
    public static IReadOnlyList<double> SensitivityFactors { get; } = [0.8, 1.2];

    /// <summary>Scores and ranks <paramref name="candidates"/>.</summary>
    /// <param name="candidates">At least one; ids unique. Their order does not matter.</param>
    /// <param name="settings">Weights, how many to recommend, vulnerability ratings.</param>
    /// <param name="consultation">The consultation extract, or null when none was given.</param>
    /// <param name="evidence">Writes a candidate's evidence paragraph from its scored row (the report's wording,
    /// <c>Reporting.Sections.PrioritisationWording.Evidence</c>); called once per candidate, after ranking.</param>
    /// <returns>The candidates by rank, with a note for every rating or consultation theme that could not be used.</returns>
    /// <exception cref="ArgumentException">No candidates, a repeated id, unusable weights (the key named), fewer than one
    /// to recommend, or a vulnerability score outside 1–5 or given twice for one candidate.</exception>
    public static PrioritisationResult Score(IReadOnlyList<CandidateIssue> candidates, PrioritisationSettings settings, ConsultationExtract? consultation,
        Func<PrioritisedCandidate, string> evidence)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(evidence);
        if (candidates.Count == 0) throw new ArgumentException("The prioritisation needs at least one candidate issue.", nameof(candidates));
        if (candidates.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw new ArgumentException($"The candidate id \"{repeated.Key}\" is used twice.", nameof(candidates));
        try
        {
            settings.Weights.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"prioritisation.{e.Message}", nameof(settings), e);
        }
        if (settings.Recommend < 1) throw new ArgumentException($"prioritisation.recommend is {settings.Recommend}; expected a whole number ≥ 1.", nameof(settings));

        // Sorted by id first, so that nothing below depends on the order the candidates came in.
        var ordered = candidates.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var notes = new List<PrioritisationNote>();
        var vulnerability = Vulnerability(ordered, settings.Vulnerability, notes);
        var concern = ConsultationMatch.Shares(ordered, consultation, notes);

        var volume = Quintiles(ordered, c => c.Volume);
        var harm = Quintiles(ordered, c => c.Harm);
        var concernScores = Quintiles(ordered, c => concern.TryGetValue(c.Id, out var r) ? r.Share : null);
        var scored = ordered.Select(c => (Candidate: c, Scores: (IReadOnlyList<CriterionScore>)
        [
            Score(PrioritisationCriterion.Volume, volume[c.Id]),
            Score(PrioritisationCriterion.Trend, c.Trend is { } t ? TrendScore.Of(t) : null),
            Score(PrioritisationCriterion.Harm, harm[c.Id]),
            Score(PrioritisationCriterion.Vulnerability, vulnerability.TryGetValue(c.Id, out var v) ? v.Score : null),
            Score(PrioritisationCriterion.PublicConcern, concernScores[c.Id]),
            Score(PrioritisationCriterion.Benchmark, c.Benchmark is { } b ? BenchmarkScore(b) : null),
        ])).ToList();

        var baseRanks = Ranks(scored.Select(s => (s.Candidate.Id, Total(s.Scores, settings.Weights))).ToList());
        var low = new Dictionary<string, int>(baseRanks);
        var high = new Dictionary<string, int>(baseRanks);
        foreach (var criterion in PrioritisationCriterionNames.All)
            foreach (var factor in SensitivityFactors)
            {
                var weights = settings.Weights.Scaled(criterion, factor);
                foreach (var (id, rank) in Ranks(scored.Select(s => (s.Candidate.Id, Total(s.Scores, weights))).ToList()))
                {
                    low[id] = Math.Min(low[id], rank);
                    high[id] = Math.Max(high[id], rank);
                }
            }

        var byRank = scored.OrderBy(s => baseRanks[s.Candidate.Id]).ToList();
        var recommended = byRank.Where(s => s.Scores.Count(x => x.Measured) >= MinimumMeasured).Take(settings.Recommend)
            .Select(s => s.Candidate.Id).ToHashSet(StringComparer.Ordinal);
        var result = byRank.Select(s =>
        {
            var id = s.Candidate.Id;
            var row = new PrioritisedCandidate(id, s.Candidate.Name, s.Candidate.Kind, s.Scores, Total(s.Scores, settings.Weights), baseRanks[id], low[id], high[id], recommended.Contains(id), "")
            {
                Issue = s.Candidate,
                Concern = concern.GetValueOrDefault(id),
                Vulnerability = vulnerability.GetValueOrDefault(id),
            };
            return row with { Evidence = evidence(row) };
        }).ToList();
        return new PrioritisationResult(result, settings.Weights, settings.WeightsSource, settings.Recommend, SensitivityFactors, consultation?.Source, notes);
    }

    /// <summary>Σ weight × score.</summary>
    public static double Total(IReadOnlyList<CriterionScore> scores, PrioritisationWeights weights)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(weights);
        return scores.Sum(s => weights.Of(s.Criterion) * s.Score);
    }

    private static int BenchmarkScore(RateVerdict verdict) => verdict switch
    {
        RateVerdict.Higher => 5,
        RateVerdict.Lower => 1,
        _ => 3,
    };

    private static CriterionScore Score(PrioritisationCriterion criterion, int? score) =>
        new(criterion, score ?? NeutralScore, score is not null);

    private static Dictionary<string, int?> Quintiles(List<CandidateIssue> candidates, Func<CandidateIssue, double?> measure)
    {
        var measured = candidates.Where(c => measure(c) is not null).ToList();
        var scores = QuintileScore.Of([.. measured.Select(c => measure(c)!.Value)]);
        var byId = candidates.ToDictionary(c => c.Id, _ => (int?)null, StringComparer.Ordinal);
        for (var i = 0; i < measured.Count; i++) byId[measured[i].Id] = scores[i];
        return byId;
    }

    private static Dictionary<string, int> Ranks(List<(string Id, double Total)> totals) =>
        totals.OrderByDescending(t => Math.Round(t.Total, 9)).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select((t, i) => (t.Id, Rank: i + 1)).ToDictionary(t => t.Id, t => t.Rank, StringComparer.Ordinal);

    private static Dictionary<string, VulnerabilityRating> Vulnerability(List<CandidateIssue> candidates, IReadOnlyList<VulnerabilityRating> ratings, List<PrioritisationNote> notes)
    {
        var ids = candidates.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var byId = new Dictionary<string, VulnerabilityRating>(StringComparer.Ordinal);
        foreach (var rating in ratings)
        {
            if (rating.Score is < 1 or > 5) throw new ArgumentException($"prioritisation.vulnerability.{rating.CandidateId}.score is {rating.Score}; expected a whole number from 1 to 5.", nameof(ratings));
            if (!ids.Contains(rating.CandidateId))
                notes.Add(new PrioritisationNote(PrioritisationNoteKind.UnknownVulnerabilityId, rating.CandidateId, null, []));
            else if (!byId.TryAdd(rating.CandidateId, rating))
                throw new ArgumentException($"prioritisation.vulnerability rates \"{rating.CandidateId}\" twice.", nameof(ratings));
        }

        return byId;
    }
}
