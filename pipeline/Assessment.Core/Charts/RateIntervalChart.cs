using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// Rates per 1,000 residents of named places (wards), one horizontal bar each with its confidence interval as a line,
/// highest first, and a dashed line at the whole area's rate.
/// </summary>
public static class RateIntervalChart
{
    /// <summary>Builds the spec.</summary>
    /// <param name="rates">Place name, rate, interval lower and upper limits (same units as the rate).</param>
    /// <param name="areaRate">The whole area's rate, drawn as a reference line.</param>
    /// <param name="rateTitle">X axis title, e.g. "Records per 1,000 residents".</param>
    /// <param name="description">Text alternative.</param>
    /// <returns>A Vega-Lite spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style.</returns>
    /// <exception cref="ArgumentException">No places, or a blank description.</exception>
    public static JsonObject Build(IReadOnlyList<(string Name, double Rate, double Lower, double Upper)> rates, double areaRate, string rateTitle, string description)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (rates.Count == 0) throw new ArgumentException("A chart needs at least one place.", nameof(rates));
        var ordered = rates.OrderByDescending(r => r.Rate).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var rows = new JsonArray();
        foreach (var (name, rate, lower, upper) in ordered)
            rows.Add(new JsonObject { ["name"] = name, ["rate"] = Math.Round(rate, 2), ["lower"] = Math.Round(lower, 2), ["upper"] = Math.Round(upper, 2) });

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = 440;
        spec["height"] = Math.Max(120, 16 * ordered.Count);
        spec["data"] = new JsonObject { ["values"] = rows };
        var y = new JsonObject { ["field"] = "name", ["type"] = "nominal", ["title"] = null, ["sort"] = ChartStyle.Strings(ordered.Select(r => r.Name)) };
        spec["layer"] = new JsonArray
        {
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "bar", ["color"] = ChartStyle.Accent, ["opacity"] = 0.75 },
                ["encoding"] = new JsonObject { ["y"] = y.DeepClone(), ["x"] = new JsonObject { ["field"] = "rate", ["type"] = "quantitative", ["title"] = rateTitle } },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = ChartStyle.Outline },
                ["encoding"] = new JsonObject { ["y"] = y.DeepClone(), ["x"] = new JsonObject { ["field"] = "lower", ["type"] = "quantitative" }, ["x2"] = new JsonObject { ["field"] = "upper" } },
            },
            new JsonObject
            {
                ["data"] = new JsonObject { ["values"] = new JsonArray { new JsonObject { ["area"] = Math.Round(areaRate, 2) } } },
                ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = ChartStyle.Rise, ["strokeDash"] = new JsonArray(4, 3) },
                ["encoding"] = new JsonObject { ["x"] = new JsonObject { ["field"] = "area", ["type"] = "quantitative" } },
            },
        };
        return spec;
    }
}
