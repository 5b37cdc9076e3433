using Assessment.Core.Reporting;
using Assessment.Core.Model;
using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting.Sections;

namespace Assessment.Files.Tables;

/// <summary>
/// The prioritisation matrix as <c>&lt;out&gt;/tables/prioritisation.csv</c>, one row per candidate by rank. Column
/// names and order are part of the output contract.
/// </summary>
public static class PrioritisationTables
{
    /// <summary>
    /// Columns: rank (1 = highest total), id, name, kind (<see cref="CandidateKindNames.ToKey"/>), total (Σ weight ×
    /// score), rank_low and rank_high (best and worst rank with each weight moved by −20% and +20%), recommended; then for
    /// each criterion (volume, trend, harm, vulnerability, public_concern, benchmark) its score (1–5), whether it was
    /// measured (false: the neutral 3 stands in), the basis in words and the weight; last the evidence paragraph.
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "rank", "id", "name", "kind", "total", "rank_low", "rank_high", "recommended",
        .. PrioritisationCriterionNames.All.SelectMany(c => new[] { $"{c.ToKey()}_score", $"{c.ToKey()}_measured", $"{c.ToKey()}_basis", $"{c.ToKey()}_weight" }),
        "evidence",
    ];

    /// <summary>Writes prioritisation.csv and returns its path.</summary>
    /// <param name="outputDirectory">The run's output folder.</param>
    /// <param name="result">The scored matrix.</param>
    /// <param name="period">The assessment period, for the basis wording.</param>
    /// <exception cref="IOException">The file could not be written.</exception>
    public static string Write(string outputDirectory, PrioritisationResult result, AssessmentPeriod period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(result);
        var path = Path.Combine(outputDirectory, "tables", "prioritisation.csv");
        CsvTableWriter.Write(path, Columns, result.Candidates.Select(c => (IReadOnlyList<object?>)
        [
            c.Rank, c.Id, c.Name, c.Kind.ToKey(), c.Total, c.RankLow, c.RankHigh, c.Recommended,
            .. c.Scores.SelectMany(s => new object?[] { s.Score, s.Measured, PrioritisationWording.Basis(c, s.Criterion, period, result.Consultation), result.Weights.Of(s.Criterion) }),
            CountMarkers.Plain(c.Evidence),
        ]));
        return path;
    }
}
