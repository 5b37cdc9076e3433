namespace Assessment.Core.Results;

/// <summary>One partner data set at headline level: its latest figure and the one before, as published.</summary>
/// <param name="Key">"fly_tipping", "reoffending", "substance_treatment" or "asb_cases".</param>
/// <param name="Measure">What is measured, e.g. "fly-tipping incidents".</param>
/// <param name="Source">The file's name.</param>
/// <param name="LatestPeriod">The latest period with a figure, as the source names it (e.g. "2021-22").</param>
/// <param name="LatestCount">Its count; null when suppressed or absent.</param>
/// <param name="EarlierPeriod">The period before it; null when there is none.</param>
/// <param name="EarlierCount">Its count; null when suppressed or absent.</param>
/// <param name="LatestProportion">A proportion for the latest period where the measure is one (e.g. reoffenders / offenders), 0–1; else null.</param>
public sealed record PartnerHeadline(
    string Key,
    string Measure,
    string Source,
    string? LatestPeriod,
    long? LatestCount,
    string? EarlierPeriod,
    long? EarlierCount,
    double? LatestProportion);
