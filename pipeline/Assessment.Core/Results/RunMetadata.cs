namespace Assessment.Core.Results;

/// <summary>What the run was about: <c>run</c> in assessment.json.</summary>
/// <param name="Partnership">E.g. "Canterbury Community Safety Partnership".</param>
/// <param name="AreaName">E.g. "Canterbury".</param>
/// <param name="AreaDefinition">How the area was drawn: <c>kind</c> and its value (prefixes, codes, boundary file name).</param>
/// <param name="CurrentPeriod">The assessment period.</param>
/// <param name="ComparisonPeriod">The period of the same length just before it.</param>
/// <param name="CurrentMonthsLoaded">Months of the assessment period with a loaded police.uk file.</param>
/// <param name="ComparisonMonthsLoaded">Months of the comparison period with a loaded police.uk file.</param>
/// <param name="ProducedOn">Date of the run, ISO 8601 (yyyy-MM-dd).</param>
/// <param name="Publication">"restricted" (everything shown) or "public" (small counts suppressed).</param>
/// <param name="Classification">The protective marking printed on the report, e.g. "OFFICIAL".</param>
public sealed record RunMetadata(
    string Partnership,
    string AreaName,
    AreaDefinitionResult AreaDefinition,
    PeriodResult CurrentPeriod,
    PeriodResult ComparisonPeriod,
    int CurrentMonthsLoaded,
    int ComparisonMonthsLoaded,
    string ProducedOn,
    string Publication,
    string Classification)
{
    /// <summary>The default edition: everything is shown.</summary>
    public const string RestrictedPublication = "restricted";
}
