namespace Assessment.Architecture.Tests.Inspection;

/// <summary>One breach of a house rule, located well enough to fix without searching.</summary>
/// <param name="Location">Source file relative to the repository (with the line when known), e.g. "pipeline/Assessment.Core/Trends/X.cs(12)".</param>
/// <param name="Type">Full name of the offending type (the outermost one for lambdas and nested types).</param>
/// <param name="Detail">What the type does that the rule forbids.</param>
public sealed record Violation(string Location, string Type, string Detail)
{
    public override string ToString() => $"{Location}: {Type}: {Detail}";

    /// <summary>The violations as one failure message, one per line, under a heading saying which rule they break.</summary>
    public static string Report(string rule, IReadOnlyCollection<Violation> violations) =>
        $"{rule} ({violations.Count}):{Environment.NewLine}" + string.Join(Environment.NewLine, violations.Select(v => "  " + v));
}
