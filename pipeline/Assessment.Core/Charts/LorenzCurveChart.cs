using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>A concentration (Lorenz) curve against the line of equal shares, both axes in percent.</summary>
public static class LorenzCurveChart
{
    /// <summary>Builds the spec.</summary>
    /// <param name="points">Curve points (see <see cref="LorenzCurve.FromCounts"/>), shares in 0–1.</param>
    /// <param name="unitTitle">X axis title, e.g. "Share of LSOAs, highest count first".</param>
    /// <param name="eventTitle">Y axis title, e.g. "Share of recorded crime".</param>
    /// <param name="description">Text alternative.</param>
    /// <returns>A Vega-Lite v6 spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style, ready to render.</returns>
    /// <exception cref="ArgumentException">Fewer than two points, a share outside 0–1, or a blank description.</exception>
    public static JsonObject Build(IReadOnlyList<LorenzPoint> points, string unitTitle, string eventTitle, string description)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2) throw new ArgumentException("A curve needs at least two points.", nameof(points));
        if (points.Any(p => p.UnitShare is < 0 or > 1 || p.EventShare is < 0 or > 1))
            throw new ArgumentException("Shares must lie between 0 and 1.", nameof(points));

        const string curve = "Observed concentration";
        const string equality = "Equal shares";
        var rows = new JsonArray();
        foreach (var p in points) rows.Add(new JsonObject { ["units"] = p.UnitShare, ["events"] = p.EventShare, ["series"] = curve });
        rows.Add(new JsonObject { ["units"] = 0.0, ["events"] = 0.0, ["series"] = equality });
        rows.Add(new JsonObject { ["units"] = 1.0, ["events"] = 1.0, ["series"] = equality });

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = 300;
        spec["height"] = 300;
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["mark"] = new JsonObject { ["type"] = "line", ["strokeWidth"] = 2 };
        spec["encoding"] = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "units", ["type"] = "quantitative", ["title"] = unitTitle, ["scale"] = new JsonObject { ["domain"] = new JsonArray(0, 1) }, ["axis"] = new JsonObject { ["format"] = ".0%" } },
            ["y"] = new JsonObject { ["field"] = "events", ["type"] = "quantitative", ["title"] = eventTitle, ["scale"] = new JsonObject { ["domain"] = new JsonArray(0, 1) }, ["axis"] = new JsonObject { ["format"] = ".0%" } },
            ["color"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["legend"] = new JsonObject { ["title"] = null }, ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings([curve, equality]), ["range"] = ChartStyle.Strings([ChartStyle.Accent, ChartStyle.Neutral]) } },
            ["strokeDash"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["legend"] = null, ["scale"] = new JsonObject { ["domain"] = ChartStyle.Strings([curve, equality]), ["range"] = new JsonArray(new JsonArray(1, 0), new JsonArray(5, 3)) } },
            ["order"] = new JsonObject { ["field"] = "units", ["type"] = "quantitative" },
        };
        return spec;
    }
}
