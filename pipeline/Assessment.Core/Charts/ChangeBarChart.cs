using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// Year-on-year change per category as horizontal bars from zero (increases and decreases in two colours),
/// with the interval of each change drawn as a line from its lower to its upper end.
/// </summary>
public static class ChangeBarChart
{
    /// <summary>Builds the spec; categories appear in the order given.</summary>
    /// <param name="changes">One entry per category; intervals must contain nothing but numbers (both ends or neither).</param>
    /// <param name="changeTitle">Axis title with units, e.g. "Change in recorded crimes (count)" or "Change (%)".</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="asPercent">Values are fractions; the axis shows percentages.</param>
    /// <returns>A Vega-Lite v6 spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style, ready to render.</returns>
    /// <exception cref="ArgumentException">No categories, a category with only one end of its interval, or a blank description.</exception>
    public static JsonObject Build(IReadOnlyList<CategoryChange> changes, string changeTitle, string description, bool asPercent = false)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) throw new ArgumentException("A change chart needs at least one category.", nameof(changes));
        var rows = new JsonArray();
        foreach (var c in changes)
        {
            if (c.Lower.HasValue != c.Upper.HasValue) throw new ArgumentException($"'{c.Category}' has only one end of its interval.", nameof(changes));
            rows.Add(new JsonObject
            {
                ["category"] = c.Category,
                ["change"] = c.Change,
                ["lower"] = c.Lower,
                ["upper"] = c.Upper,
                ["direction"] = c.Change > 0 ? "Increase" : c.Change < 0 ? "Decrease" : "No change",
            });
        }

        var format = asPercent ? "+.0%" : "+,d";
        var order = ChartStyle.Strings(changes.Select(c => c.Category));
        JsonObject Y() => new() { ["field"] = "category", ["type"] = "nominal", ["sort"] = order.DeepClone(), ["title"] = null, ["axis"] = new JsonObject { ["labelLimit"] = 220 } };
        JsonObject X(string field) => new() { ["field"] = field, ["type"] = "quantitative", ["title"] = changeTitle, ["axis"] = new JsonObject { ["format"] = format } };

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = 400;
        spec["height"] = new JsonObject { ["step"] = 20 };
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["layer"] = new JsonArray(
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "bar", ["height"] = new JsonObject { ["band"] = 0.7 } },
                ["encoding"] = new JsonObject
                {
                    ["y"] = Y(),
                    ["x"] = X("change"),
                    ["color"] = new JsonObject
                    {
                        ["field"] = "direction", ["type"] = "nominal", ["legend"] = new JsonObject { ["title"] = null },
                        ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(["Increase", "Decrease", "No change"]), ["range"] = ChartStyle.Strings(["#D55E00", "#0072B2", "#8c959f"]) },
                    },
                },
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
