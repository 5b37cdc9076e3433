using System.Text.Json.Nodes;
using Assessment.Core.Benchmarking;

namespace Assessment.Core.Charts;

/// <summary>
/// A dot-and-interval chart of every partnership of a force for one theme: a row per partnership, highest rate at the
/// top, the rate as a dot and its interval as a bar, the force rate as a dashed vertical line. The area is drawn in
/// vermilion with a larger diamond and a bold label; the others in blue circles (Okabe–Ito colours, and shape as well as
/// colour, so the area stands out without colour vision).
/// </summary>
public static class ForceComparisonChart
{
    /// <summary>Colour of the area's dot and interval.</summary>
    public const string AreaColour = ChartStyle.Rise;

    /// <summary>Colour of the other partnerships' dots and intervals.</summary>
    public const string OtherColour = ChartStyle.Fall;

    /// <summary>Builds the spec.</summary>
    /// <param name="theme">The theme's rates (at least one partnership).</param>
    /// <param name="forceName">E.g. "Kent", for the force line's label.</param>
    /// <param name="description">Text alternative.</param>
    /// <returns>A Vega-Lite spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style.</returns>
    /// <exception cref="ArgumentException">No partnerships, or a blank description.</exception>
    public static JsonObject Build(ThemeComparison theme, string forceName, string description)
    {
        ArgumentNullException.ThrowIfNull(theme);
        if (theme.Partnerships.Count == 0) throw new ArgumentException("A chart needs at least one partnership.", nameof(theme));
        var rows = new JsonArray();
        foreach (var p in theme.Partnerships)
        {
            rows.Add(new JsonObject
            {
                ["name"] = p.Name, ["rate"] = p.Rate, ["lower"] = p.Interval.Lower, ["upper"] = p.Interval.Upper,
                ["group"] = p.IsArea ? "This area" : "Other partnerships",
            });
        }
        var order = ChartStyle.Strings(theme.Partnerships.Select(p => p.Name));
        var area = theme.Area?.Name ?? "";
        var groups = new JsonObject
        {
            ["field"] = "group", ["type"] = "nominal", ["title"] = null,
            ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(["This area", "Other partnerships"]), ["range"] = ChartStyle.Strings([AreaColour, OtherColour]) },
        };
        var y = new JsonObject
        {
            ["field"] = "name", ["type"] = "nominal", ["title"] = null, ["sort"] = order,
            ["axis"] = new JsonObject
            {
                ["labelFontSize"] = 10,
                ["labelFontWeight"] = new JsonObject { ["condition"] = new JsonObject { ["test"] = $"datum.value === {JsonValue.Create(area).ToJsonString()}", ["value"] = "bold" }, ["value"] = "normal" },
            },
        };
        var x = new JsonObject { ["field"] = "rate", ["type"] = "quantitative", ["title"] = $"{theme.Name}: per 1,000 residents", ["scale"] = new JsonObject { ["zero"] = true } };

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = 440;
        spec["height"] = Math.Max(120, 18 * theme.Partnerships.Count);
        spec["layer"] = new JsonArray(
            new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = rows },
                ["mark"] = new JsonObject { ["type"] = "rule", ["strokeWidth"] = 2 },
                ["encoding"] = new JsonObject { ["y"] = y.DeepClone(), ["x"] = new JsonObject { ["field"] = "lower", ["type"] = "quantitative" }, ["x2"] = new JsonObject { ["field"] = "upper" }, ["color"] = groups.DeepClone() },
            },
            new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = rows.DeepClone() },
                ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["opacity"] = 1 },
                ["encoding"] = new JsonObject
                {
                    ["y"] = y, ["x"] = x, ["color"] = groups.DeepClone(),
                    ["shape"] = new JsonObject { ["field"] = "group", ["type"] = "nominal", ["title"] = null, ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(["This area", "Other partnerships"]), ["range"] = ChartStyle.Strings(["diamond", "circle"]) } },
                    ["size"] = new JsonObject { ["field"] = "group", ["type"] = "nominal", ["legend"] = null, ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(["This area", "Other partnerships"]), ["range"] = new JsonArray(110, 45) } },
                },
            },
            new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { ["rate"] = theme.ForceRate, ["label"] = forceName }) },
                ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = ChartStyle.Outline, ["strokeDash"] = new JsonArray(4, 3), ["strokeWidth"] = 1.5 },
                ["encoding"] = new JsonObject { ["x"] = new JsonObject { ["field"] = "rate", ["type"] = "quantitative" } },
            },
            new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { ["rate"] = theme.ForceRate, ["label"] = $"{forceName} {theme.ForceRate.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}" }) },
                ["mark"] = new JsonObject { ["type"] = "text", ["align"] = "left", ["dx"] = 4, ["dy"] = -4, ["baseline"] = "bottom", ["fontSize"] = 10, ["color"] = "#3d444d", ["y"] = 0 },
                ["encoding"] = new JsonObject { ["x"] = new JsonObject { ["field"] = "rate", ["type"] = "quantitative" }, ["text"] = new JsonObject { ["field"] = "label" } },
            });
        return spec;
    }
}
