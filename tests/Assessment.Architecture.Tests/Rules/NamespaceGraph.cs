using Assessment.Architecture.Tests.Inspection;
using Mono.Cecil;

namespace Assessment.Architecture.Tests.Rules;

/// <summary>
/// Which areas of an assembly depend on which, read from its IL. An area is a namespace directly under the root
/// (<c>Assessment.Core.Trends</c>); its sub-namespaces (<c>Assessment.Core.Reporting.Sections</c>) belong to it, since
/// a folder tree is one part of the design. Each edge keeps the pairs of types that make it.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> edges = new(StringComparer.Ordinal);

    private NamespaceGraph(string root) => Root = root;

    /// <summary>The namespace whose areas are the nodes, e.g. "Assessment.Core".</summary>
    public string Root { get; }

    /// <summary>Areas that depend on at least one other area, in order.</summary>
    public IEnumerable<string> Areas => edges.Keys;

    /// <summary>Builds the graph over every type of <paramref name="assembly"/> under <paramref name="root"/>.</summary>
    public static NamespaceGraph Build(InspectedAssembly assembly, string root)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var graph = new NamespaceGraph(root);
        foreach (var use in assembly.Types.SelectMany(TypeUses.Of))
        {
            if (use.Used.Scope != assembly.Module && use.Used is not TypeDefinition) continue;
            var from = InspectedAssembly.Outermost(use.User);
            var to = Outermost(use.Used);
            if (to is null || InspectedAssembly.IsCompilerInfrastructure(from) || InspectedAssembly.IsCompilerInfrastructure(to)) continue;
            var fromArea = graph.AreaOf(from.Namespace);
            var toArea = graph.AreaOf(to.Namespace);
            if (fromArea is null || toArea is null || fromArea == toArea) continue;
            graph.Add(fromArea, toArea, $"{from.FullName} → {to.FullName}");
        }

        return graph;
    }

    /// <summary>The areas <paramref name="area"/> depends on.</summary>
    public IEnumerable<string> DependenciesOf(string area) => edges.TryGetValue(area, out var to) ? to.Keys : [];

    /// <summary>The type pairs that make the edge <paramref name="from"/> → <paramref name="to"/>, e.g. "A.X → B.Y".</summary>
    public IReadOnlyCollection<string> Witnesses(string from, string to) =>
        edges.TryGetValue(from, out var targets) && targets.TryGetValue(to, out var pairs) ? pairs : [];

    /// <summary>
    /// Every elementary cycle, each once, starting from its alphabetically first area: ["Reporting", "Trends"] means
    /// Reporting → Trends → Reporting.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var start in edges.Keys)
        {
            var path = new List<string> { start };
            Walk(start, start, path, cycles);
        }

        return cycles;
    }

    private void Walk(string start, string node, List<string> path, List<IReadOnlyList<string>> cycles)
    {
        foreach (var next in DependenciesOf(node))
        {
            if (next == start) cycles.Add(path.ToArray());
            // Only areas after the start, so that each cycle is found once, from its first area.
            else if (string.CompareOrdinal(next, start) > 0 && !path.Contains(next))
            {
                path.Add(next);
                Walk(start, next, path, cycles);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private string? AreaOf(string ns)
    {
        if (ns == Root) return Root;
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal)) return null;
        var rest = ns[(Root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return Root + "." + (dot < 0 ? rest : rest[..dot]);
    }

    private void Add(string from, string to, string witness)
    {
        if (!edges.TryGetValue(from, out var targets)) edges[from] = targets = new(StringComparer.Ordinal);
        if (!targets.TryGetValue(to, out var pairs)) targets[to] = pairs = new(StringComparer.Ordinal);
        pairs.Add(witness);
    }

    private static TypeDefinition? Outermost(TypeReference type)
    {
        var definition = type as TypeDefinition ?? type.Resolve();
        return definition is null ? null : InspectedAssembly.Outermost(definition);
    }
}
