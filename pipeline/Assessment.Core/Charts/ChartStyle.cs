using System.Text.Json.Nodes;

namespace Assessment.Core.Charts;

/// <summary>
/// The house style every chart shares: Inter, a colour-blind-safe categorical palette (Okabe–Ito),
/// light grid lines, horizontal axis labels and legends above the plot.
/// </summary>
public static class ChartStyle
{
    /// <summary>The Vega-Lite schema the specs are written against (an identifier only; never fetched).</summary>
    public const string Schema = "https://vega.github.io/schema/vega-lite/v6.json";

    /// <summary>Font family the charts ask for; the page that renders them must define it.</summary>
    public const string FontFamily = "Inter";

    /// <summary>The report's accent colour, used for the main series.</summary>
    public const string Accent = "#1d4e89";

    /// <summary>Neutral grey for reference series (comparison period, equality lines).</summary>
    public const string Neutral = "#8c959f";

    /// <summary>Okabe–Ito vermillion for a rise the statistics support (3.9:1 against white).</summary>
    public const string Rise = "#D55E00";

    /// <summary>Okabe–Ito blue for a fall the statistics support (5.2:1 against white).</summary>
    public const string Fall = "#0072B2";

    /// <summary>Dark grey for the outline of hollow marks, which carry no fill colour to be read (6.4:1 against white).</summary>
    public const string Outline = "#57606a";

    /// <summary>Okabe–Ito palette without yellow (too light on white): distinguishable with the common colour-vision deficiencies.</summary>
    public static IReadOnlyList<string> Categorical { get; } = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];

    /// <summary>Plot width in CSS pixels that fits the A4 text column with axes and legend.</summary>
    public const int FullWidth = 560;

    /// <summary>A new <c>config</c> object with the house style (font sizes in CSS pixels).</summary>
    /// <returns>A fresh object each call, so a chart may change its copy.</returns>
    public static JsonObject Config() => new()
    {
        ["font"] = FontFamily,
        ["background"] = "white",
        ["padding"] = 4,
        ["view"] = new JsonObject { ["stroke"] = null },
        ["axis"] = new JsonObject
        {
            ["labelFontSize"] = 10,
            ["titleFontSize"] = 10,
            ["titleFontWeight"] = 600,
            ["labelColor"] = "#3d444d",
            ["titleColor"] = "#1f2328",
            ["gridColor"] = "#e6e9ed",
            ["domainColor"] = "#8c959f",
            ["tickColor"] = "#8c959f",
            ["labelAngle"] = 0,
        },
        ["legend"] = new JsonObject
        {
            ["labelFontSize"] = 10,
            ["titleFontSize"] = 10,
            ["titleFontWeight"] = 600,
            ["orient"] = "top",
            ["symbolStrokeWidth"] = 2,
        },
        ["header"] = new JsonObject { ["labelFontSize"] = 10, ["labelFontWeight"] = 600, ["titleFontSize"] = 10 },
        ["title"] = new JsonObject { ["fontSize"] = 12, ["fontWeight"] = 600, ["anchor"] = "start" },
        ["range"] = new JsonObject { ["category"] = new JsonArray(Categorical.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()) },
    };

    /// <summary>
    /// The skeleton of a spec: schema, description (the chart's text alternative, which Vega writes into the
    /// SVG as its accessible label) and config.
    /// </summary>
    /// <param name="description">The chart's text alternative: one or two plain sentences saying what it shows.</param>
    /// <returns>A new spec object with <c>$schema</c>, <c>description</c> and <c>config</c> set.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null, empty or white space.</exception>
    public static JsonObject NewSpec(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["description"] = description,
            ["config"] = Config(),
        };
    }

    /// <summary>A JSON array of strings.</summary>
    internal static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>A month as the date string Vega reads as UTC midnight on the 1st (ISO date-only strings are UTC).</summary>
    internal static string MonthDate(Model.YearMonth month) => $"{month}-01";
}
