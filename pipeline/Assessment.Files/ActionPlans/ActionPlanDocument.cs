namespace Assessment.Files.ActionPlans;

#pragma warning disable CA1002, CA2227 // mutable collections are what the YAML deserializer fills

/// <summary>The action-plan YAML's shape (snake_case keys; unknown keys are errors).</summary>
internal sealed class ActionPlanDocument
{
    public string? Source { get; set; }

    public List<PriorityEntry>? Priorities { get; set; }
}

internal sealed class PriorityEntry
{
    public string? Name { get; set; }

    public List<ActionEntry>? Actions { get; set; }
}

internal sealed class ActionEntry
{
    public string? Action { get; set; }

    public string? Lead { get; set; }

    public string? Timescale { get; set; }

    public string? Measure { get; set; }

    public string? Status { get; set; }
}
