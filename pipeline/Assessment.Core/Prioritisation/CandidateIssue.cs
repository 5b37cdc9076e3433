using Assessment.Core.Benchmarking;
using Assessment.Core.Trends;

namespace Assessment.Core.Prioritisation;

/// <summary>
/// One issue to be scored, with the run's measures of it; a null measure is missing (scored neutral and flagged, see
/// <see cref="PrioritisationMatrix"/>). Built by <see cref="CandidateIssues"/> from the run's results.
/// </summary>
/// <param name="Id">Stable id, also the key of <c>prioritisation.vulnerability</c>: "crime-" + the slug of a police.uk crime
/// type (e.g. "crime-shoplifting"), "priority-" + a priority's id, "asb-case-" + the slug of a council ASB category,
/// "substance-misuse", "reoffending".</param>
/// <param name="Name">Display name, e.g. "Shoplifting".</param>
/// <param name="Kind">Where it comes from.</param>
/// <param name="Volume">Records, cases or people (≥ 0): over the assessment period for police.uk and council cases, over
/// <see cref="VolumePeriod"/> otherwise; null when not measured.</param>
/// <param name="Unit">What <paramref name="Volume"/> counts.</param>
/// <param name="RatePerThousand">Volume per 1,000 residents; null without a population (or when not a resident rate).</param>
/// <param name="Trend">The year-on-year comparison under the run's rule; null when there is none.</param>
/// <param name="Harm">Harm-weighted total over the assessment period (days of custody equivalent); null when not weighted.</param>
/// <param name="Benchmark">The area's rate against the force's; null when not compared.</param>
/// <param name="Source">Where the measures come from (a short label, e.g. "council ASB case log (log.csv)").</param>
public sealed record CandidateIssue(
    string Id,
    string Name,
    CandidateKind Kind,
    double? Volume,
    VolumeUnit Unit,
    double? RatePerThousand,
    YoyFinding? Trend,
    double? Harm,
    RateVerdict? Benchmark,
    string Source)
{
    /// <summary>The period a partner volume covers as published (e.g. "2023-24", "Jan 2023 to Mar 2023"); null for the assessment period.</summary>
    public string? VolumePeriod { get; init; }

    /// <summary>Why <see cref="Trend"/> is null; null when there is a trend, or for the generic <see cref="CandidateGap.NoComparison"/>.</summary>
    public CandidateGap? TrendGap { get; init; }

    /// <summary>Why <see cref="Benchmark"/> is null; null when there is a benchmark.</summary>
    public CandidateGap? BenchmarkGap { get; init; }

    /// <summary>The force the benchmark compares against, e.g. "Kent"; null when not compared.</summary>
    public string? BenchmarkForce { get; init; }

    /// <summary>True when <see cref="Source"/> is a synthetic sample.</summary>
    public bool IsSynthetic { get; init; }
}
