using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>A bar per period (e.g. financial year) of one count, in period order; periods without a value show no bar.</summary>
public static class YearlyBarChart
{
    /// <summary>Builds the spec.</summary>
    /// <param name="values">Period label (e.g. "2021-22") and value, oldest first; null for a period without a value.</param>
    /// <param name="periodTitle">X axis title, e.g. "Financial year".</param>
    /// <param name="valueTitle">Y axis title, e.g. "Incidents".</param>
    /// <param name="description">Text alternative.</param>
    /// <returns>A Vega-Lite spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style.</returns>
    /// <exception cref="ArgumentException">No periods, or a blank description.</exception>
    public static JsonObject Build(IReadOnlyList<(string Period, double? Value)> values, string periodTitle, string valueTitle, string description)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("A chart needs at least one period.", nameof(values));
        var rows = new JsonArray();
        foreach (var (period, value) in values) rows.Add(new JsonObject { ["period"] = period, ["value"] = value });

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = 460;
        spec["height"] = 220;
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["mark"] = new JsonObject { ["type"] = "bar", ["color"] = ChartStyle.Accent };
        spec["encoding"] = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "period", ["type"] = "ordinal", ["title"] = periodTitle, ["sort"] = ChartStyle.Strings(values.Select(v => v.Period)), ["axis"] = new JsonObject { ["labelAngle"] = 0 } },
            ["y"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle },
        };
        return spec;
    }
}
