namespace Assessment.Files.ActionPlans;

#pragma warning disable CA1002, CA2227 // mutable collections are what the YAML deserializer fills

/// <summary>The action-plan YAML's shape (snake_case keys; unknown keys are errors).</summary>
internal sealed class ActionPlanDocument
{
    public string? Source { get; set; }

    public bool ExampleValues { get; set; }

    public List<PriorityEntry>? Priorities { get; set; }
}

internal sealed class PriorityEntry
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<ActionEntry>? Actions { get; set; }
}

internal sealed class ActionEntry
{
    public string? Id { get; set; }

    public string? Action { get; set; }

    public string? Lead { get; set; }

    public List<string>? Partners { get; set; }

    public string? Timescale { get; set; }

    public string? Measure { get; set; }

    public string? Status { get; set; }

    public List<MeasureEntry>? Measures { get; set; }
}

internal sealed class MeasureEntry
{
    public string? Measure { get; set; }

    public string? Metric { get; set; }

    public List<string>? CrimeTypes { get; set; }

    public string? Theme { get; set; }

    public List<string>? Wards { get; set; }

    public string? Category { get; set; }

    public string? Direction { get; set; }

    public string? Baseline { get; set; }

    public string? Status { get; set; }

    public string? Note { get; set; }
}
