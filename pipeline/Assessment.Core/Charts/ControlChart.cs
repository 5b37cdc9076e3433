using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// A statistical process control chart: monthly values with the centre line and the lower and upper
/// control limits (which may vary month by month), and signals marked in a second colour.
/// </summary>
public static class ControlChart
{
    private const string CentreName = "Centre line";
    private const string UpperName = "Upper control limit";
    private const string LowerName = "Lower control limit";

    /// <summary>Builds the spec.</summary>
    /// <param name="points">One point per month, in any order.</param>
    /// <param name="valueTitle">Y axis title with units.</param>
    /// <param name="description">Text alternative.</param>
    /// <returns>A Vega-Lite v6 spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style, ready to render.</returns>
    /// <exception cref="ArgumentException">No points, a point whose lower limit is above its upper limit, or a blank description.</exception>
    public static JsonObject Build(IReadOnlyList<ControlChartPoint> points, string valueTitle, string description)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) throw new ArgumentException("A control chart needs at least one point.", nameof(points));
        var rows = new JsonArray();
        foreach (var p in points.OrderBy(p => p.Month))
        {
            if (p.Lower > p.Upper) throw new ArgumentException($"{p.Month}: the lower limit is above the upper limit.", nameof(points));
            rows.Add(new JsonObject
            {
                ["month"] = ChartStyle.MonthDate(p.Month),
                ["value"] = p.Value,
                [CentreName] = p.Centre,
                [UpperName] = p.Upper,
                [LowerName] = p.Lower,
                ["status"] = p.Signal ? "Signal" : "Within limits",
            });
        }

        JsonObject X() => new()
        {
            ["field"] = "month", ["timeUnit"] = "utcyearmonth", ["type"] = "temporal", ["title"] = "Month",
            ["axis"] = new JsonObject { ["format"] = "%b %Y", ["labelAngle"] = 0, ["labelOverlap"] = "greedy", ["grid"] = false },
        };
        JsonObject Y(string field) => new() { ["field"] = field, ["type"] = "quantitative", ["title"] = valueTitle, ["axis"] = new JsonObject { ["format"] = ",d" } };

        var limitNames = ChartStyle.Strings([CentreName, UpperName, LowerName]);
        var spec = ChartStyle.NewSpec(description);
        spec["width"] = ChartStyle.FullWidth;
        spec["height"] = 240;
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["layer"] = new JsonArray(
            new JsonObject
            {
                ["transform"] = new JsonArray(new JsonObject { ["fold"] = limitNames.DeepClone(), ["as"] = ChartStyle.Strings(["line", "level"]) }),
                ["mark"] = new JsonObject { ["type"] = "line", ["strokeWidth"] = 1.25, ["interpolate"] = "step-after" },
                ["encoding"] = new JsonObject
                {
                    ["x"] = X(),
                    ["y"] = Y("level"),
                    ["color"] = new JsonObject { ["field"] = "line", ["type"] = "nominal", ["legend"] = new JsonObject { ["title"] = null }, ["scale"] = new JsonObject { ["domain"] = limitNames.DeepClone(), ["range"] = ChartStyle.Strings(["#57606a", "#8c959f", "#8c959f"]) } },
                    ["strokeDash"] = new JsonObject { ["field"] = "line", ["type"] = "nominal", ["legend"] = null, ["scale"] = new JsonObject { ["domain"] = limitNames.DeepClone(), ["range"] = new JsonArray(new JsonArray(1, 0), new JsonArray(4, 3), new JsonArray(4, 3)) } },
                },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "line", ["color"] = ChartStyle.Accent, ["strokeWidth"] = 2 },
                ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y("value") },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 36 },
                ["encoding"] = new JsonObject
                {
                    ["x"] = X(),
                    ["y"] = Y("value"),
                    ["fill"] = new JsonObject { ["field"] = "status", ["type"] = "nominal", ["legend"] = new JsonObject { ["title"] = null }, ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(["Within limits", "Signal"]), ["range"] = ChartStyle.Strings([ChartStyle.Accent, "#D55E00"]) } },
                    ["shape"] = new JsonObject { ["field"] = "status", ["type"] = "nominal", ["legend"] = null, ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(["Within limits", "Signal"]), ["range"] = ChartStyle.Strings(["circle", "diamond"]) } },
                },
            });
        return ChartCounts.Declare(spec, "value");
    }
}
