namespace Assessment.Core.Partners;

/// <summary>One row of a Ministry of Justice proven-reoffending extract: one cohort of one area and offender type.</summary>
/// <param name="Period">The cohort period as published, e.g. "Jan 2022 to Mar 2022".</param>
/// <param name="PeriodStart">First day of the cohort period.</param>
/// <param name="PeriodMonths">Length of the cohort period in months (3 for the quarterly cohorts published since 2017, 12 before).</param>
/// <param name="AreaCode">ONS code of the area (e.g. "E07000106", "K04000001").</param>
/// <param name="AreaName">Area name as published.</param>
/// <param name="AreaType">Local authority, county or England and Wales.</param>
/// <param name="OffenderType">Adult, juvenile, or all offenders.</param>
/// <param name="Offenders">Offenders in the measurable cohort; null when suppressed.</param>
/// <param name="Reoffenders">Offenders with a proven reoffence in the one-year follow-up; null when suppressed.</param>
/// <param name="Reoffences">Proven reoffences they committed; null when suppressed.</param>
/// <param name="SourceRow">The CSV line or sheet row the record came from.</param>
public sealed record ReoffendingRecord(
    string Period,
    DateOnly PeriodStart,
    int PeriodMonths,
    string AreaCode,
    string AreaName,
    ReoffendingAreaType AreaType,
    ReoffendingOffenderType OffenderType,
    long? Offenders,
    long? Reoffenders,
    long? Reoffences,
    long SourceRow);
