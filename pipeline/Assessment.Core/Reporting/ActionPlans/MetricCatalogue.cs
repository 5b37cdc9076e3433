namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>
/// The metrics a measure can be bound to: only figures the run already computes and compares under its year-on-year
/// rule (<see cref="Trends.YoyVerdict"/>), so a measure's status comes from the same test as the rest of the report.
/// docs/metrics.md lists the same names.
/// </summary>
public static class MetricCatalogue
{
    /// <summary>"police_uk.count".</summary>
    public const string PoliceUkCount = "police_uk.count";

    /// <summary>"police_uk.rate_per_1000".</summary>
    public const string PoliceUkRate = "police_uk.rate_per_1000";

    /// <summary>"asb_cases.count".</summary>
    public const string AsbCases = "asb_cases.count";

    private const string YoyTest =
        "The assessment period against the comparison period over the like-for-like months: rate ratio with an interval widened for overdispersion, and Benjamini–Hochberg q ≤ the false-discovery rate for a significant change (the run's year-on-year test).";

    /// <summary>Every metric, in the order docs/metrics.md gives them.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(PoliceUkCount,
            "police.uk records in the area: the crime types listed (crime_types), or a configured priority's crime types (theme), or all crime and ASB when neither is given; optionally only records whose map point lies in the wards listed (wards).",
            "records", YoyTest, ["crime_types", "theme", "wards"]),
        new(PoliceUkRate,
            "The same records per 1,000 residents of the area (needs a population file); not available for wards, whose residents the run does not know.",
            "records per 1,000 residents", YoyTest + " The residents are the same in both periods, so the rate changes exactly as the count does.", ["crime_types", "theme"]),
        new(AsbCases,
            "Cases in the council's ASB case log (inputs.asb_cases): one category (category), or all cases when none is given.",
            "cases", YoyTest + " Over the months the log covers in both periods.", ["category"]),
    ];

    /// <summary>The metric names, in catalogue order.</summary>
    public static IReadOnlyList<string> Names => [.. All.Select(m => m.Name)];

    /// <summary>The metric named <paramref name="name"/> (exact spelling), or null.</summary>
    public static MetricDefinition? Find(string? name) => All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));
}
