using Assessment.Architecture.Tests.Inspection;

namespace Assessment.Architecture.Tests.Rules;

/// <summary>
/// Rule 2: the core does no I/O and reads no clock. A type breaks the rule when its compiled code or signatures mention
/// a type of <c>System.IO</c> or <c>System.Net</c> (files, streams, paths, HTTP, sockets), <c>Console</c>, a process
/// type, <c>Stopwatch</c>, or one of the members that read the clock. <c>DateTime</c> itself is fine: only reading
/// "now" is not.
/// </summary>
public static class ForbiddenApiRule
{
    private static readonly string[] Namespaces = ["System.IO", "System.Net"];

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.Console", "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo", "System.Diagnostics.Stopwatch",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal)
    {
        "System.DateTime::get_Now", "System.DateTime::get_UtcNow", "System.DateTime::get_Today",
        "System.DateTimeOffset::get_Now", "System.DateTimeOffset::get_UtcNow",
        "System.TimeProvider::get_System",
        "System.Environment::get_TickCount", "System.Environment::get_TickCount64",
    };

    /// <summary>One violation per type and forbidden API, at the first place the type uses it.</summary>
    public static IReadOnlyList<Violation> Check(InspectedAssembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.Types.SelectMany(TypeUses.Of)
            .Select(u => (Use: u, Api: Forbidden(u)))
            .Where(x => x.Api is not null)
            .GroupBy(x => (User: InspectedAssembly.Outermost(x.Use.User), x.Api))
            .Select(g =>
            {
                var first = g.First().Use;
                var location = first.Method is null ? assembly.FileOf(g.Key.User) : assembly.LocationOf(first.Method, first.Instruction);
                return new Violation(location, g.Key.User.FullName, $"uses {g.Key.Api}");
            })
            .ToArray();
    }

    private static string? Forbidden(TypeUse use)
    {
        var type = use.Used;
        while (type.DeclaringType is not null) type = type.DeclaringType;
        var ns = type.Namespace;
        if (Namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal))) return use.Used.FullName;
        if (Types.Contains(type.FullName)) return type.FullName;
        if (use.Member is { } member && Members.Contains($"{member.DeclaringType.FullName}::{member.Name}"))
            return $"{member.DeclaringType.FullName}.{member.Name.Replace("get_", "", StringComparison.Ordinal)}";
        return null;
    }
}
