using System.Text.Json.Serialization;

namespace Assessment.Core.Results;

/// <summary>
/// Every result of one run, as written to <c>&lt;out&gt;/assessment.json</c> under the schema
/// <c>docs/assessment.schema.json</c> (version <see cref="CurrentSchemaVersion"/>). Next year's run reads it back as the
/// previous assessment. Every field that holds a number of records ends in <c>count</c> (<c>count</c>,
/// <c>current_count</c>, <c>previous_count</c>, …) so that a disclosure check can find them by name. Lists are in a fixed
/// order (stated on each), so two runs on the same data write the same text but for <see cref="RunMetadata.ProducedOn"/>.
/// </summary>
/// <param name="SchemaVersion">"major.minor"; a reader accepts only the majors it knows (see <see cref="AssessmentResultsJson"/>).</param>
/// <param name="Run">Who, where and when: partnership, area, periods, production date, publication edition.</param>
/// <param name="InputFiles">One row per police.uk file read, in the data-quality table's order.</param>
/// <param name="CrimeCounts">In-area records by police.uk crime type in each whole period, largest current count first (ties by name).</param>
/// <param name="YearOnYear">Every like-for-like comparison (area, crime types, themes, wards), in the trend tables' order.</param>
/// <param name="Priorities">The configured priority themes with their own comparison, in configuration order.</param>
/// <param name="Hotspots">Hotspot areas of every analysis group, each with a stable identity; group order, then rank.</param>
/// <param name="AreaProfile">Population and rate headline; null when the profile could not be made.</param>
/// <param name="ForceComparison">The area against its force; null when not configured or not possible.</param>
/// <param name="Partners">Headline figures of the partner data the run had, in a fixed order (fly-tipping, reoffending by offender type, substance treatment, council ASB cases).</param>
/// <param name="Prioritisation">The scored prioritisation; null when the run made none.</param>
/// <param name="Measures">The action plan's measures with their status; null when the run had no measures.</param>
public sealed record AssessmentResultsDocument(
    string SchemaVersion,
    RunMetadata Run,
    IReadOnlyList<InputFileResult> InputFiles,
    IReadOnlyList<CrimeTypeCount> CrimeCounts,
    IReadOnlyList<YearOnYearResult> YearOnYear,
    IReadOnlyList<PriorityThemeResult> Priorities,
    IReadOnlyList<HotspotResult> Hotspots,
    AreaProfileHeadline? AreaProfile,
    ForceComparisonResult? ForceComparison,
    IReadOnlyList<PartnerHeadline> Partners,
    PrioritisationMatrixResult? Prioritisation,
    IReadOnlyList<MeasureResult>? Measures)
{
    /// <summary>The version this build writes. A change of minor adds optional fields only; a change of major breaks readers.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>All in-area records in the assessment period (sum of <see cref="CrimeCounts"/>).</summary>
    [JsonIgnore]
    public long CurrentTotalCount => CrimeCounts.Sum(c => c.CurrentCount);

    /// <summary>All in-area records in the comparison period's loaded months (sum of <see cref="CrimeCounts"/>).</summary>
    [JsonIgnore]
    public long PreviousTotalCount => CrimeCounts.Sum(c => c.PreviousCount);
}
