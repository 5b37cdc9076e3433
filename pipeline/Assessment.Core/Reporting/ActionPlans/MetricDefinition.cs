namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>One metric of the catalogue (<see cref="MetricCatalogue"/>): a figure the run computes that a measure can be bound to.</summary>
/// <param name="Name">The name a measure gives as <c>metric:</c>, e.g. "police_uk.count".</param>
/// <param name="Description">What it counts, in a sentence.</param>
/// <param name="Unit">The unit of its values, e.g. "records", "records per 1,000 residents", "cases".</param>
/// <param name="Test">How the assessment period is compared with the baseline, in a sentence.</param>
/// <param name="Filters">The YAML keys that restrict it (e.g. "crime_types", "wards"); any other restriction is refused.</param>
public sealed record MetricDefinition(string Name, string Description, string Unit, string Test, IReadOnlyList<string> Filters);
