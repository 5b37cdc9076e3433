using System.Xml.Linq;
using Assessment.Architecture.Tests.Inspection;
using Mono.Cecil;

namespace Assessment.Architecture.Tests.Rules;

/// <summary>
/// Rule 1: the core references no adapter. Checked twice, because either can slip: the project file must hold no
/// ProjectReference to an adapter project, and the compiled assembly must reference no adapter assembly (each type
/// that uses an adapter type is named).
/// </summary>
public static class AdapterReferenceRule
{
    /// <summary>The adapter and composition-root assemblies, by name.</summary>
    public static IReadOnlySet<string> Adapters { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Assessment.Storage", "Assessment.Files", "Assessment.Browser", "Assessment.Cli", "Assessment.DuckDb",
    };

    /// <summary>ProjectReferences of <paramref name="projectFile"/> (an SDK-style .csproj) whose project is an adapter.</summary>
    /// <param name="projectFile">Absolute path of the project file.</param>
    /// <param name="displayPath">How the file is named in the findings, e.g. relative to the repository.</param>
    public static IReadOnlyList<Violation> CheckProject(string projectFile, string displayPath)
    {
        var project = XDocument.Load(projectFile);
        return project.Descendants().Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Where(include => Adapters.Contains(Path.GetFileNameWithoutExtension(include.Replace('\\', '/'))))
            .Select(include => new Violation(displayPath, "(project)", $"ProjectReference to the adapter {include}"))
            .ToArray();
    }

    /// <summary>Each type that uses a type from an adapter assembly, and any adapter assembly referenced without such a use.</summary>
    public static IReadOnlyList<Violation> CheckAssembly(InspectedAssembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var referenced = assembly.Module.AssemblyReferences.Where(r => Adapters.Contains(r.Name)).Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (referenced.Count == 0) return [];

        var violations = new List<Violation>();
        var explained = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var uses = assembly.Types.SelectMany(TypeUses.Of)
            .Select(u => (Use: u, Adapter: u.Used.Scope is AssemblyNameReference a && referenced.Contains(a.Name) ? a.Name : null))
            .Where(x => x.Adapter is not null);
        foreach (var group in uses.GroupBy(x => (User: InspectedAssembly.Outermost(x.Use.User), x.Adapter!)))
        {
            var (user, adapter) = group.Key;
            explained.Add(adapter);
            var first = group.First().Use;
            var location = first.Method is null ? assembly.FileOf(user) : assembly.LocationOf(first.Method, first.Instruction);
            var used = string.Join(", ", group.Select(x => x.Use.Used.FullName).Distinct().Order(StringComparer.Ordinal));
            violations.Add(new Violation(location, user.FullName, $"uses {used} from the adapter {adapter}"));
        }

        violations.AddRange(referenced.Except(explained).Select(a =>
            new Violation(assembly.Module.Name, "(assembly)", $"references the adapter assembly {a}")));
        return violations;
    }
}
