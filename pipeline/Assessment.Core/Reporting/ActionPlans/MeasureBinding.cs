namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>A measure bound to a metric of <see cref="MetricCatalogue"/>: what is counted, and which way it should move.</summary>
/// <param name="Metric">A catalogue name, e.g. "police_uk.count".</param>
/// <param name="Direction">Reduce or increase.</param>
/// <param name="Location">Where the measure is written, for messages: e.g. "action-plan.yaml, line 12, column 11".</param>
public sealed record MeasureBinding(string Metric, MeasureDirection Direction, string Location)
{
    /// <summary>police.uk crime types (exact spelling); empty means all, or the theme's.</summary>
    public IReadOnlyList<string> CrimeTypes { get; init; } = [];

    /// <summary>A configured priority id whose crime types are counted; null when not given.</summary>
    public string? Theme { get; init; }

    /// <summary>Ward names from the ward boundary file; empty means the whole area.</summary>
    public IReadOnlyList<string> Wards { get; init; } = [];

    /// <summary>Council ASB case categories; empty means all cases.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
