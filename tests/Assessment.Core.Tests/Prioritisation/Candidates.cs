using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Core.Prioritisation;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Statistics;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Prioritisation;

/// <summary>Hand-made candidates and comparisons for the prioritisation tests.</summary>
internal static class Candidates
{
    public static CandidateIssue Issue(string id, double? volume = null, double? harm = null, RateVerdict? benchmark = null, YoyFinding? trend = null) =>
        new(id, $"Issue {id}", CandidateKind.CrimeType, volume, VolumeUnit.Crimes, null, trend, harm, benchmark, "test");

    public static AssessmentPeriod Period { get; } = new(new YearMonth(2025, 12), 12);

    /// <summary>Scores with the report's evidence wording, as the run does.</summary>
    public static PrioritisationResult Score(IReadOnlyList<CandidateIssue> candidates, PrioritisationSettings settings, ConsultationExtract? consultation = null) =>
        PrioritisationMatrix.Score(candidates, settings, consultation, c => PrioritisationWording.Evidence(c, candidates.Count, settings.Recommend, Period, consultation?.Source));

    /// <summary>The basis of one criterion in the report's words.</summary>
    public static string Basis(PrioritisationResult result, string id, PrioritisationCriterion criterion) =>
        PrioritisationWording.Basis(result.Candidates.Single(c => c.Id == id), criterion, Period, result.Consultation);

    /// <summary>A tested comparison (q = its p) with the given verdict.</summary>
    public static YoyFinding Trend(long previous, long current, YoyVerdict verdict, bool tested = true)
    {
        var comparison = RateComparison.Compare(previous, 12, current, 12);
        var dispersion = new DispersionResult(0, 0, double.NaN, double.NaN, false, 0.05);
        return new YoyFinding(new SeriesKey(ComparisonLevel.CrimeType, "X"), 12, comparison, dispersion, tested ? comparison.WidenedPValue : double.NaN, verdict);
    }
}
