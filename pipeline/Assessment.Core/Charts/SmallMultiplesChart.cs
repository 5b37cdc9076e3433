using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// One small monthly line chart per category in a grid, each with its own y scale (so small categories
/// keep their shape), the assessment period shaded when given.
/// </summary>
public static class SmallMultiplesChart
{
    /// <summary>Builds the spec; panels appear in the order categories first occur in <paramref name="values"/>.</summary>
    /// <param name="values">Values by category and month; months missing between a category's first and last month are drawn as gaps.</param>
    /// <param name="valueTitle">Y axis title with units, e.g. "Per month".</param>
    /// <param name="description">Text alternative.</param>
    /// <param name="columns">Panels per row, 1–6.</param>
    /// <returns>A Vega-Lite v6 spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style, ready to render.</returns>
    /// <exception cref="ArgumentException">No values, two values for one category and month, or a blank description.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> is outside 1–6.</exception>
    public static JsonObject Build(IReadOnlyList<CategoryMonthlyValue> values, string valueTitle, string description, int columns = 3)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("Small multiples need at least one value.", nameof(values));
        if (columns is < 1 or > 6) throw new ArgumentOutOfRangeException(nameof(columns), columns, "Use 1–6 columns.");

        var categories = values.Select(v => v.Category).Distinct(StringComparer.Ordinal).ToList();
        var first = values.Min(v => v.Month);
        var last = values.Max(v => v.Month);
        var lookup = values.ToDictionary(v => (v.Category, v.Month), v => v.Value);
        var rows = new JsonArray();
        foreach (var category in categories)
        {
            for (var m = first; m <= last; m = m.AddMonths(1))
            {
                rows.Add(new JsonObject
                {
                    ["category"] = category,
                    ["month"] = ChartStyle.MonthDate(m),
                    ["value"] = lookup.TryGetValue((category, m), out var v) ? v : null,
                });
            }
        }

        var panelWidth = (ChartStyle.FullWidth - 30 * (columns - 1)) / columns;
        var spec = ChartStyle.NewSpec(description);
        spec["data"] = new JsonObject { ["values"] = rows };
        spec["columns"] = columns;
        spec["facet"] = new JsonObject
        {
            ["field"] = "category", ["type"] = "nominal", ["title"] = null, ["sort"] = ChartStyle.Strings(categories),
            ["header"] = new JsonObject { ["labelAnchor"] = "start", ["labelPadding"] = 2, ["labelLimit"] = panelWidth },
        };
        spec["spacing"] = new JsonObject { ["row"] = 14, ["column"] = 30 };
        spec["resolve"] = new JsonObject { ["scale"] = new JsonObject { ["y"] = "independent" } };
        spec["spec"] = new JsonObject
        {
            ["width"] = panelWidth,
            ["height"] = 70,
            ["mark"] = new JsonObject { ["type"] = "line", ["strokeWidth"] = 1.5, ["color"] = ChartStyle.Accent, ["point"] = new JsonObject { ["size"] = 8, ["filled"] = true }, ["invalid"] = "break-paths-show-domains" },
            ["encoding"] = new JsonObject
            {
                ["x"] = new JsonObject
                {
                    ["field"] = "month", ["timeUnit"] = "utcyearmonth", ["type"] = "temporal", ["title"] = null,
                    ["axis"] = new JsonObject { ["format"] = "%b %y", ["labelAngle"] = 0, ["tickCount"] = 3, ["grid"] = false, ["labelFontSize"] = 8 },
                },
                ["y"] = new JsonObject
                {
                    ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle,
                    ["axis"] = new JsonObject { ["format"] = ",d", ["tickCount"] = 3, ["labelFontSize"] = 8, ["titleFontSize"] = 8 },
                    ["scale"] = new JsonObject { ["zero"] = true },
                },
            },
        };
        return ChartCounts.Declare(spec, "value");
    }
}
