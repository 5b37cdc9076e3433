using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// One line per series over periods (e.g. financial years), each point with its confidence interval drawn as a
/// vertical bar: completion rates by substance group, or an indicator for the area against England.
/// </summary>
public static class IntervalTrendChart
{
    /// <summary>Builds the spec.</summary>
    /// <param name="points">The points; periods are ordered as in <paramref name="periods"/>, series in first-seen order.</param>
    /// <param name="periods">Every period on the axis, oldest first.</param>
    /// <param name="periodTitle">X axis title, e.g. "Financial year".</param>
    /// <param name="valueTitle">Y axis title, e.g. "Successful completions (% of those in treatment)".</param>
    /// <param name="percent">True when values are fractions to be shown as percentages.</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="seriesOrder">The series in legend and colour order (e.g. the area first, then its comparator); null for first-seen order.</param>
    /// <returns>A Vega-Lite spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style.</returns>
    /// <exception cref="ArgumentException">No points or periods, more series than <see cref="ChartStyle.Categorical"/> colours, or a blank description.</exception>
    public static JsonObject Build(IReadOnlyList<IntervalPoint> points, IReadOnlyList<string> periods, string periodTitle, string valueTitle, bool percent, string description,
        IReadOnlyList<string>? seriesOrder = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(periods);
        if (points.Count == 0 || periods.Count == 0) throw new ArgumentException("A chart needs at least one point.", nameof(points));
        var series = seriesOrder?.ToList() ?? points.Select(p => p.Series).Distinct().ToList();
        if (series.Count > ChartStyle.Categorical.Count) throw new ArgumentException($"At most {ChartStyle.Categorical.Count} series can be told apart by colour.", nameof(points));

        var rows = new JsonArray();
        foreach (var p in points)
            rows.Add(new JsonObject { ["series"] = p.Series, ["period"] = p.Period, ["value"] = p.Value, ["lower"] = p.Lower, ["upper"] = p.Upper });
        var x = new JsonObject { ["field"] = "period", ["type"] = "ordinal", ["title"] = periodTitle, ["sort"] = ChartStyle.Strings(periods), ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(periods) }, ["axis"] = new JsonObject { ["labelAngle"] = LongestLabel(periods) > 10 ? -40 : 0, ["labelLimit"] = 140 } };
        JsonObject Y(string field, string? title) => new()
        {
            ["field"] = field, ["type"] = "quantitative", ["title"] = title,
            ["axis"] = percent ? new JsonObject { ["format"] = ".0%" } : new JsonObject(),
        };
        // Both layers share one colour scale, so Vega-Lite draws one legend for them.
        JsonObject Colour() => new()
        {
            ["field"] = "series", ["type"] = "nominal", ["sort"] = ChartStyle.Strings(series),
            ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings(series), ["range"] = ChartStyle.Strings(ChartStyle.Categorical.Take(series.Count)) },
            ["legend"] = new JsonObject { ["title"] = null, ["orient"] = "bottom" },
        };
        // Series sit side by side within a period so that overlapping intervals stay readable.
        JsonObject Offset() => new() { ["field"] = "series", ["type"] = "nominal", ["sort"] = ChartStyle.Strings(series), ["scale"] = new JsonObject { ["paddingInner"] = 0.2 } };

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = ChartStyle.FullWidth - 100;
        spec["height"] = 230;
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["layer"] = new JsonArray(
            new JsonObject
            {
                ["transform"] = new JsonArray(new JsonObject { ["filter"] = "isValid(datum.lower) && isValid(datum.upper)" }),
                ["mark"] = new JsonObject { ["type"] = "rule", ["strokeWidth"] = 1.5 },
                ["encoding"] = new JsonObject { ["x"] = x.DeepClone(), ["xOffset"] = Offset(), ["y"] = Y("lower", valueTitle), ["y2"] = new JsonObject { ["field"] = "upper" }, ["color"] = Colour() },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 40 },
                ["encoding"] = new JsonObject { ["x"] = x.DeepClone(), ["xOffset"] = Offset(), ["y"] = Y("value", valueTitle), ["color"] = Colour() },
            });
        return spec;
    }

    // Long period labels ("Jan 2022 to Mar 2022") collide when set level.
    private static int LongestLabel(IReadOnlyList<string> periods) => periods.Count == 0 ? 0 : periods.Max(p => p.Length);
}
