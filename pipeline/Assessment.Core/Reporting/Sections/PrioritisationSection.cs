using System.Globalization;
using Assessment.Core.Charts;
using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting.Statutory;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The prioritisation chapter (key "prioritisation"): a plain-English lead, the matrix as a table (score on each
/// criterion, total, rank and rank range under the sensitivity check) and as a heat matrix, the weights and their
/// source, and the recommended priorities, each with its paragraph of evidence. Inputs that could not be used are
/// listed; a synthetic consultation extract is said to be synthetic.
/// </summary>
/// <param name="result">The scored matrix.</param>
public sealed class PrioritisationSection(PrioritisationResult result) : IReportSectionComposer
{
    /// <summary>The part's key, the same as the pending chapter it replaces.</summary>
    public const string PartKey = "prioritisation";

    /// <inheritdoc/>
    public string Key => PartKey;

    /// <inheritdoc/>
    public IEnumerable<ReportSection> Compose(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var r = result;
        var recommended = r.RecommendedCandidates;
        var unstable = recommended.Where(c => c.CrossesTop(r.Recommend)).Select(c => c.Name)
            .Concat(r.Candidates.Where(c => !c.Recommended && c.CrossesTop(r.Recommend)).Select(c => c.Name)).ToList();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(Lead(r, recommended, unstable)),
        };
        if (r.Consultation is { IsSynthetic: true } synthetic)
            blocks.Add(new CalloutBlock(CalloutKind.Warning, $"The public-concern scores come from {synthetic.FileName}, a SYNTHETIC consultation extract made up for this sample: no residents' survey for the area is published. Replace it with the partnership's own survey before using the ranking.", "Synthetic consultation"));
        blocks.Add(new TableBlock(Table(r)));
        blocks.Add(Chart(r));
        blocks.Add(new ParagraphBlock(Weights(r)));
        if (r.Notes.Count > 0)
        {
            blocks.Add(new ParagraphBlock("Inputs that could not be used:"));
            blocks.Add(new BulletListBlock([.. r.Notes.Select(n => PrioritisationWording.Note(n, r.Consultation))]));
        }

        var children = new List<ReportSection>
        {
            new("prioritisation-recommended", "Recommended priorities",
                [.. recommended.Count == 0
                    ? [new ParagraphBlock($"No candidate has at least {PrioritisationMatrix.MinimumMeasured} of the six criteria measured, so none is recommended from the matrix.")]
                    : recommended.Select(c => (ReportBlock)new ParagraphBlock(c.Evidence))], []),
            new("prioritisation-method", "How the scores are made", new ParagraphBlock(Method(r))),
        };
        // Residents' views are a statutory element of their own; a synthetic sample is not anyone's view, so it does not count as one.
        if (r.Consultation is { IsSynthetic: false } consultation && r.Candidates.Where(c => c.Concern is not null).ToList() is { Count: > 0 } asked)
            children.Insert(0, new ReportSection(StatutoryChecklist.CommunityViewsSectionId, "What residents said",
                new ParagraphBlock($"The consultation extract {consultation.FileName} gives the share of respondents naming each issue as a concern; it sets the public-concern score."),
                new TableBlock(new ReportTable("community-views-table", "Share of respondents naming each issue",
                    [TableColumn.Text("Issue"), TableColumn.Number("Share naming it", NumberFormat.Percent1), TableColumn.Count("Respondents")],
                    [.. asked.OrderByDescending(c => c.Concern!.Share).Select(c => (IReadOnlyList<TableCell>)[c.Name, c.Concern!.Share, c.Concern.SampleSize])],
                    consultation.FileName))));
        yield return new ReportSection(PartKey, "Prioritisation", blocks, children);
    }

    private static string Lead(PrioritisationResult r, IReadOnlyList<PrioritisedCandidate> recommended, List<string> unstable)
    {
        var names = recommended.Select(c => c.Name).ToList();
        var first = $"{ReportNumbers.FormatCount(r.Candidates.Count)} issues were scored from 1 to 5 on six criteria: how many there are, whether they changed since the year before, how much harm they do, how vulnerable their victims are, how much residents are concerned, and how the area compares with the other partnerships of the force. ";
        var picks = names.Count == 0 ? "None is recommended from the matrix alone."
            : $"The matrix recommends {(names.Count == 1 ? "one priority" : $"{Trends.MonthListText.CountWord(names.Count)} priorities")}: {Join(names)}.";
        var stability = unstable.Count == 0
            ? " Moving any one weight by 20% either way does not change which issues are in the top group."
            : $" The top group is not settled by the numbers alone: moving one weight by 20% moves {Join(unstable)} across its edge, so partners should weigh {(unstable.Count == 1 ? "it" : "them")} with the other evidence.";
        return first + picks + stability;
    }

    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    private static ReportTable Table(PrioritisationResult r)
    {
        var criteria = PrioritisationCriterionNames.All;
        // Ranks and 1–5 scores are not counts of records: the public edition must not withhold them as small counts.
        List<TableColumn> columns = [TableColumn.Whole("Rank"), TableColumn.Text("Issue"), .. criteria.Select(c => TableColumn.Whole(c.ToLabel())),
            TableColumn.Number("Total", NumberFormat.OneDecimal), TableColumn.Text("Rank range")];
        var rows = r.Candidates.Select(c => (IReadOnlyList<TableCell>)
        [
            c.Rank, c.Recommended ? $"{c.Name} (recommended)" : c.Name,
            .. criteria.Select(k => Cell(c.ScoreOf(k))),
            c.Total, c.RankLow == c.RankHigh ? c.Rank.ToString(CultureInfo.InvariantCulture) : $"{c.RankLow}–{c.RankHigh}",
        ]).ToList();
        return new ReportTable("prioritisation-matrix", "Prioritisation matrix: score on each criterion (1–5), weighted total, rank and rank range when each weight moves by 20%",
            columns, rows, "police.uk street-level crime; the run's trend, harm and force-comparison results; partner extracts and configuration as listed under each criterion",
            FirstColumnIsRowHeader: false, Compact: true);
    }

    // A criterion without an input shows why, beside the neutral score it took.
    private static TableCell Cell(CriterionScore s) => s.Measured ? s.Score
        : TableCell.FromNumber(s.Score, s.Criterion == PrioritisationCriterion.Vulnerability ? $"not set ({s.Score})" : $"n/a ({s.Score})");

    private static ChartBlock Chart(PrioritisationResult r)
    {
        var criteria = PrioritisationCriterionNames.All.Select(c => c.ToLabel()).ToList();
        var issues = r.Candidates.Select(c => $"{c.Rank}. {c.Name}").ToList();
        // A criterion without an input is left blank, so the neutral 3 in the total is not read as a measured 3.
        var scores = r.Candidates.SelectMany(c => c.Scores.Where(s => s.Measured).Select(s => new PriorityScore($"{c.Rank}. {c.Name}", s.Criterion.ToLabel(), s.Score))).ToList();
        var top = r.Candidates[0];
        var alt = $"Heat matrix of the {r.Candidates.Count} issues (rows, highest total first) by the six criteria (columns), each cell shaded by its score from 1 to 5 and blank where the criterion has no input. {top.Name} is first with a total of {ReportNumbers.Format(top.Total, NumberFormat.OneDecimal)}.";
        return new ChartBlock("prioritisation-heat-matrix", "Prioritisation matrix: scores by issue and criterion",
            PriorityHeatMatrix.Build(scores.Count > 0 ? scores : [new PriorityScore(issues[0], criteria[0], PrioritisationMatrix.NeutralScore)], issues, criteria, "Score (1–5)", alt), alt,
            "The run's results and configuration (see the table above)", $"Darker is a higher score. A blank cell has no input: the total counts it as the neutral {PrioritisationMatrix.NeutralScore} (n/a or not set in the table).");
    }

    private static string Weights(PrioritisationResult r)
    {
        var weights = string.Join(", ", PrioritisationCriterionNames.All.Select(c => $"{c.ToLabel().ToLowerInvariant()} {ReportNumbers.FormatRaw(r.Weights.Of(c))}"));
        return $"Weights used ({r.WeightsSource}): {weights}. The total is the sum of each score times its weight.";
    }

    private static string Method(PrioritisationResult r) =>
        "Volume and harm score by quintile of rank across the issues that have them (the fifth with the most scores 5). " +
        "Trend scores 5 for a statistically significant rise, 4 for a rise that is not significant, 3 when broadly stable (the whole interval within 10% either way), 2 for a fall that is not significant and 1 for a significant fall. " +
        "Vulnerability is set by partners; public concern is the quintile of the share of consultation respondents naming the issue; benchmark scores 5, 3 or 1 when the area's rate is higher than, similar to or lower than the force's. " +
        $"A criterion without an input takes the neutral {PrioritisationMatrix.NeutralScore} and is marked n/a or not set. Ties are broken by the issue's id. " +
        $"To test the ranking, each weight was moved by −20% and +20% in turn ({r.SensitivityFactors.Count * PrioritisationCriterionNames.All.Count} variants) and the range of ranks recorded. " +
        $"Only an issue with at least {PrioritisationMatrix.MinimumMeasured} of the six criteria measured is recommended. The method follows the open frequency, harm, vulnerability and concern matrix of MoRiLE (NPCC); docs/prioritisation.md gives the formulas.";
}
