using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// Year-on-year change per category as horizontal bars from zero, each bar filled and outlined by its class (e.g. its
/// verdict, not its direction) with the classes named in the legend, and the interval of each change drawn as a line
/// from its lower to its upper end.
/// </summary>
public static class ChangeBarChart
{
    /// <summary>Builds the spec; categories appear in the order given.</summary>
    /// <param name="changes">One entry per category; intervals must contain nothing but numbers (both ends or neither).</param>
    /// <param name="legend">Every class the legend lists, in its order, whether or not a bar has it; each change's class must be one of them.</param>
    /// <param name="changeTitle">Axis title with units, e.g. "Change in recorded crimes (count)" or "Change (%)".</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="asPercent">Values are fractions; the axis shows percentages.</param>
    /// <returns>A Vega-Lite v6 spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style, ready to render.</returns>
    /// <exception cref="ArgumentException">
    /// No categories, a category with only one end of its interval, a class not in the legend, two legend classes with
    /// one label, or a blank description.
    /// </exception>
    public static JsonObject Build(IReadOnlyList<CategoryChange> changes, IReadOnlyList<ChangeClass> legend, string changeTitle, string description, bool asPercent = false)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(legend);
        if (changes.Count == 0) throw new ArgumentException("A change chart needs at least one category.", nameof(changes));
        if (legend.GroupBy(c => c.Label, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"The legend has '{twice.Key}' more than once.", nameof(legend));
        var rows = new JsonArray();
        foreach (var c in changes)
        {
            if (c.Lower.HasValue != c.Upper.HasValue) throw new ArgumentException($"'{c.Category}' has only one end of its interval.", nameof(changes));
            if (!legend.Contains(c.Class)) throw new ArgumentException($"'{c.Category}' is '{c.Class.Label}', which the legend does not list.", nameof(changes));
            rows.Add(new JsonObject
            {
                ["category"] = c.Category,
                ["change"] = c.Change,
                ["lower"] = c.Lower,
                ["upper"] = c.Upper,
                ["class"] = c.Class.Label,
            });
        }

        var format = asPercent ? "+.0%" : "+,d";
        var order = ChartStyle.Strings(changes.Select(c => c.Category));
        JsonObject Y() => new() { ["field"] = "category", ["type"] = "nominal", ["sort"] = order.DeepClone(), ["title"] = null, ["axis"] = new JsonObject { ["labelLimit"] = 220 } };
        JsonObject ByClass(Func<ChangeClass, string> colour) => new()
        {
            // A row of up to three entries fits above the plot; more go two to a row rather than off the edge.
            ["field"] = "class", ["type"] = "nominal", ["legend"] = new JsonObject { ["title"] = null, ["columns"] = legend.Count <= 3 ? legend.Count : 2, ["labelLimit"] = 240 },
            ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(legend.Select(c => c.Label)), ["range"] = ChartStyle.Strings(legend.Select(colour)) },
        };
        JsonObject X(string field) => new() { ["field"] = field, ["type"] = "quantitative", ["title"] = changeTitle, ["axis"] = new JsonObject { ["format"] = format } };

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = 400;
        spec["height"] = new JsonObject { ["step"] = 20 };
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["layer"] = new JsonArray(
            new JsonObject
            {
                // Fill and stroke on the same field make one legend whose symbols look like the bars (a hollow class stays hollow).
                ["mark"] = new JsonObject { ["type"] = "bar", ["height"] = new JsonObject { ["band"] = 0.7 }, ["strokeWidth"] = 1.5 },
                ["encoding"] = new JsonObject { ["y"] = Y(), ["x"] = X("change"), ["fill"] = ByClass(c => c.Fill), ["stroke"] = ByClass(c => c.Stroke) },
            },
            new JsonObject
            {
                ["transform"] = new JsonArray(new JsonObject { ["filter"] = "isValid(datum.lower) && isValid(datum.upper)" }),
                ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = "#1f2328", ["strokeWidth"] = 1.5 },
                ["encoding"] = new JsonObject { ["y"] = Y(), ["x"] = X("lower"), ["x2"] = new JsonObject { ["field"] = "upper" } },
            },
            new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { ["zero"] = 0 }) },
                ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = "#57606a" },
                ["encoding"] = new JsonObject { ["x"] = new JsonObject { ["field"] = "zero", ["type"] = "quantitative", ["title"] = changeTitle } },
            });
        return spec;
    }
}
