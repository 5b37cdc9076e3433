using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// How a Vega-Lite spec says which of its data fields are counts: the field names listed under
/// <c>usermeta.counts</c> (Vega-Lite's place for the author's own metadata, ignored when drawing), plus, by
/// convention, any field named <c>count</c> or ending in <c>_count</c>. The public edition withholds small values of
/// these fields (<c>Assessment.Core.Disclosure.ChartDisclosure</c>), and <c>assessment validate</c> reads the same declaration in the
/// saved <c>charts/*.vl.json</c>.
/// </summary>
public static class ChartCounts
{
    /// <summary>Declares <paramref name="fields"/> of <paramref name="spec"/>'s data as counts; returns the spec.</summary>
    public static JsonObject Declare(JsonObject spec, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(fields);
        var usermeta = spec["usermeta"] as JsonObject ?? new JsonObject();
        spec["usermeta"] = usermeta;
        var counts = usermeta["counts"] as JsonArray ?? new JsonArray();
        usermeta["counts"] = counts;
        foreach (var field in fields)
            if (!counts.Any(c => c?.GetValue<string>() == field)) counts.Add(field);
        return spec;
    }

    /// <summary>The fields <paramref name="spec"/> declares as counts (see <see cref="Declare"/>).</summary>
    public static IReadOnlySet<string> Declared(JsonObject spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return (spec["usermeta"]?["counts"] as JsonArray)?.Select(c => c?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal)
            ?? new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>True when a field named <paramref name="name"/> holds counts by the naming convention: <c>count</c> or <c>*_count</c>.</summary>
    public static bool IsCountName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Equals("count", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_count", StringComparison.OrdinalIgnoreCase);
    }
}
