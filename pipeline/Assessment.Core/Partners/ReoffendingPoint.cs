namespace Assessment.Core.Partners;

/// <summary>One cohort period of the area's reoffending series, beside the comparator.</summary>
/// <param name="Period">Cohort period as published, e.g. "Jan 2022 to Mar 2022".</param>
/// <param name="PeriodStart">First day of the cohort period (sort key).</param>
/// <param name="Local">The area's cohort (its districts summed); null when any district's row is missing or suppressed.</param>
/// <param name="Comparator">The comparator's cohort for the same period and offender type; null when absent or suppressed.</param>
/// <param name="VersusComparator">The area against the comparator under <see cref="ReoffendingComparisonRule"/>; null when either is missing.</param>
/// <param name="Offenders">The area's cohort size when every district gives it, even when reoffenders are suppressed; else null.</param>
public sealed record ReoffendingPoint(
    string Period,
    DateOnly PeriodStart,
    ReoffendingRate? Local,
    ReoffendingRate? Comparator,
    ReoffendingComparison? VersusComparator,
    long? Offenders);
