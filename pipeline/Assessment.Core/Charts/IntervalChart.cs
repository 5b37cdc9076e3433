using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// Estimates with their confidence intervals by period: a dot per estimate and a vertical bar from the lower to the
/// upper limit, series side by side within each period (the first series in the accent colour, others grey), so that
/// overlapping intervals can be seen.
/// </summary>
public static class IntervalChart
{
    /// <summary>Builds the spec.</summary>
    /// <param name="points">Points in period order; a period may lack a series.</param>
    /// <param name="periods">Every period in the order shown (periods without a point leave a gap).</param>
    /// <param name="series">Series names, the area first.</param>
    /// <param name="periodTitle">X axis title, e.g. "Cohort".</param>
    /// <param name="valueTitle">Y axis title, e.g. "Proportion who reoffended".</param>
    /// <param name="percent">True to format the value axis as a percentage of fractions.</param>
    /// <param name="description">Text alternative.</param>
    /// <returns>A Vega-Lite spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style.</returns>
    /// <exception cref="ArgumentException">No periods or series, or a blank description.</exception>
    public static JsonObject Build(IReadOnlyList<IntervalPoint> points, IReadOnlyList<string> periods, IReadOnlyList<string> series,
        string periodTitle, string valueTitle, bool percent, string description)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(series);
        if (periods.Count == 0) throw new ArgumentException("A chart needs at least one period.", nameof(periods));
        if (series.Count == 0) throw new ArgumentException("A chart needs at least one series.", nameof(series));
        var rows = new JsonArray();
        foreach (var p in points)
            rows.Add(new JsonObject { ["period"] = p.Period, ["series"] = p.Series, ["value"] = p.Value, ["lower"] = p.Lower, ["upper"] = p.Upper });

        var colours = new JsonArray(series.Select((_, i) => (JsonNode?)JsonValue.Create(i == 0 ? ChartStyle.Accent : ChartStyle.Neutral)).ToArray());
        var axis = new JsonObject { ["format"] = percent ? ".0%" : ",d" };
        JsonObject Encoding() => new()
        {
            ["x"] = new JsonObject
            {
                ["field"] = "period", ["type"] = "ordinal", ["title"] = periodTitle, ["sort"] = ChartStyle.Strings(periods),
                ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(periods) },
                ["axis"] = new JsonObject { ["labelAngle"] = -40, ["labelLimit"] = 140 },
            },
            ["xOffset"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["sort"] = ChartStyle.Strings(series) },
            ["color"] = new JsonObject
            {
                ["field"] = "series", ["type"] = "nominal", ["title"] = null,
                ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(series), ["range"] = colours.DeepClone() },
            },
        };
        var rule = Encoding();
        rule["y"] = new JsonObject { ["field"] = "lower", ["type"] = "quantitative", ["title"] = valueTitle, ["axis"] = axis.DeepClone() };
        rule["y2"] = new JsonObject { ["field"] = "upper" };
        var dot = Encoding();
        dot["y"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative" };

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = ChartStyle.FullWidth - 60;
        spec["height"] = 240;
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["layer"] = new JsonArray
        {
            new JsonObject { ["mark"] = new JsonObject { ["type"] = "rule", ["strokeWidth"] = 2 }, ["encoding"] = rule },
            new JsonObject { ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 50, ["opacity"] = 1 }, ["encoding"] = dot },
        };
        return spec;
    }
}
