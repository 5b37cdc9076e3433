using Assessment.Core.Statistics;

namespace Assessment.Core.Trends;

/// <summary>A rate per 1,000 residents over the usable months of the assessment period (one row of rates.csv).</summary>
/// <param name="Series">Level and key (area, crime type or theme; wards have no population).</param>
/// <param name="Residents">The area's residents.</param>
/// <param name="Months">Usable months of the assessment period the count covers.</param>
/// <param name="Count">Records in those months.</param>
/// <param name="RatePerThousand">Count / residents × 1,000.</param>
/// <param name="Interval">Exact (Garwood) Poisson interval of the count, scaled the same way.</param>
public sealed record RateFinding(SeriesKey Series, double Residents, int Months, long Count, double RatePerThousand, ConfidenceInterval Interval);
