using Assessment.Architecture.Tests.Inspection;

namespace Assessment.Architecture.Tests.Rules;

/// <summary>
/// Rule 4: the areas of the core (its namespaces directly under <c>Assessment.Core</c>) depend on each other without a
/// cycle, so each can be understood, tested and changed from the ones below it. Each cycle is reported with the types
/// that make each of its edges, and the file of the first type of each edge.
/// </summary>
public static class NamespaceCycleRule
{
    /// <summary>How many type pairs are listed per edge before "and N more".</summary>
    public const int WitnessesShown = 6;

    /// <summary>One violation per cycle.</summary>
    public static IReadOnlyList<Violation> Check(InspectedAssembly assembly, string root)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var graph = NamespaceGraph.Build(assembly, root);
        var types = assembly.Types.ToDictionary(t => t.FullName, StringComparer.Ordinal);
        return graph.Cycles().Select(cycle =>
        {
            var steps = cycle.Select((from, i) => (From: from, To: cycle[(i + 1) % cycle.Count])).ToArray();
            var firstEdge = graph.Witnesses(steps[0].From, steps[0].To).First();
            var firstType = firstEdge[..firstEdge.IndexOf(" → ", StringComparison.Ordinal)];
            var edges = steps.Select(s =>
            {
                var witnesses = graph.Witnesses(s.From, s.To);
                var shown = string.Join("; ", witnesses.Take(WitnessesShown).Select(w => Located(w, types, assembly)));
                var more = witnesses.Count > WitnessesShown ? $"; and {witnesses.Count - WitnessesShown} more" : "";
                return $"{Environment.NewLine}      {s.From} → {s.To}: {shown}{more}";
            });
            var name = string.Join(" → ", cycle.Append(cycle[0]));
            return new Violation(assembly.FileOf(types[firstType]), firstType, $"cycle {name}{string.Concat(edges)}");
        }).ToArray();
    }

    private static string Located(string witness, Dictionary<string, Mono.Cecil.TypeDefinition> types, InspectedAssembly assembly)
    {
        var from = witness[..witness.IndexOf(" → ", StringComparison.Ordinal)];
        return types.TryGetValue(from, out var type) ? $"{witness} ({assembly.FileOf(type)})" : witness;
    }
}
