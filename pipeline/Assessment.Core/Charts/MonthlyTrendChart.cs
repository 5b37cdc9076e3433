using System.Text.Json.Nodes;
using Assessment.Core.Model;

namespace Assessment.Core.Charts;

/// <summary>
/// A monthly line over the whole loaded span with the assessment period shaded, the comparison period's
/// values overlaid on the same calendar months of the assessment period (dashed), and a trailing rolling mean.
/// Months without data break the lines; they are never drawn as zero.
/// </summary>
public static class MonthlyTrendChart
{
    /// <summary>Legend name of the monthly series.</summary>
    public const string MonthlySeries = "Monthly total";

    /// <summary>Legend name of the overlaid comparison-period series.</summary>
    public const string ComparisonSeries = "Same month, comparison period";

    /// <summary>Builds the spec.</summary>
    /// <param name="series">Monthly values; months between the first and last that are absent count as missing, not zero.</param>
    /// <param name="period">The assessment and comparison periods.</param>
    /// <param name="valueTitle">Y axis title with units, e.g. "Recorded crimes and ASB incidents per month".</param>
    /// <param name="description">Text alternative (also written into the SVG).</param>
    /// <param name="rollingWindow">Months in the rolling mean (12 for an annual mean); 0 leaves it out.</param>
    /// <returns>A Vega-Lite v6 spec (<see cref="ChartStyle.Schema"/>) with the data inlined and the house style, ready to render.</returns>
    /// <exception cref="ArgumentException">No months, two values for one month, or a blank description.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rollingWindow"/> is negative.</exception>
    public static JsonObject Build(IReadOnlyList<MonthlyValue> series, AssessmentPeriod period, string valueTitle, string description, int rollingWindow = 12)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(period);
        if (series.Count == 0) throw new ArgumentException("A monthly trend chart needs at least one month of data.", nameof(series));
        if (rollingWindow < 0) throw new ArgumentOutOfRangeException(nameof(rollingWindow), rollingWindow, "The rolling window cannot be negative.");

        var byMonth = series.ToDictionary(p => p.Month, p => p.Value);
        var first = Min(byMonth.Keys.Min(), period.Current.First);
        var last = Max(byMonth.Keys.Max(), period.Current.Last);
        var rollingName = $"{rollingWindow}-month rolling mean";
        var names = new List<string> { MonthlySeries, ComparisonSeries };
        if (rollingWindow > 0) names.Add(rollingName);

        var rows = new JsonArray();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            rows.Add(Row(m, MonthlySeries, byMonth.GetValueOrDefault(m)));
            if (period.Current.Contains(m))
                rows.Add(Row(m, ComparisonSeries, byMonth.GetValueOrDefault(m.AddMonths(-period.LengthInMonths))));
        }

        if (rollingWindow > 0)
        {
            var filled = Enumerable.Range(0, last.MonthsSince(first) + 1).Select(i => first.AddMonths(i))
                .Select(m => new MonthlyValue(m, byMonth.GetValueOrDefault(m))).ToList();
            foreach (var point in RollingMean.Trailing(filled, rollingWindow)) rows.Add(Row(point.Month, rollingName, point.Value));
        }

        var spec = ChartStyle.NewSpec(description);
        spec["width"] = ChartStyle.FullWidth;
        spec["height"] = 240;
        spec["data"] = new JsonObject { ["values"] = rows };
        var seriesScale = new JsonObject { ["domain"] = ChartStyle.Strings(names), ["range"] = ChartStyle.Strings(new[] { ChartStyle.Accent, ChartStyle.Neutral, "#E69F00" }.Take(names.Count)) };
        var dashScale = new JsonObject { ["domain"] = ChartStyle.Strings(names), ["range"] = new JsonArray(new JsonArray(1, 0), new JsonArray(5, 3), new JsonArray(1, 0)) };
        var x = new JsonObject
        {
            ["field"] = "month", ["timeUnit"] = "utcyearmonth", ["type"] = "temporal", ["title"] = "Month",
            ["axis"] = new JsonObject { ["format"] = "%b %Y", ["labelAngle"] = 0, ["labelOverlap"] = "greedy", ["grid"] = false },
        };
        var y = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle, ["axis"] = new JsonObject { ["format"] = ",d" } };

        spec["layer"] = new JsonArray(
            PeriodBand(period),
            PeriodLabel(period),
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "line", ["strokeWidth"] = 2, ["invalid"] = "break-paths-show-domains" },
                ["encoding"] = new JsonObject
                {
                    ["x"] = x,
                    ["y"] = y,
                    ["color"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["scale"] = seriesScale, ["legend"] = new JsonObject { ["title"] = null }, ["sort"] = ChartStyle.Strings(names) },
                    ["strokeDash"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["scale"] = dashScale, ["legend"] = null },
                },
            },
            new JsonObject
            {
                ["transform"] = new JsonArray(new JsonObject { ["filter"] = $"datum.series !== '{ComparisonSeries}' && isValid(datum.value)" }),
                ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 22, ["opacity"] = 1 },
                ["encoding"] = new JsonObject
                {
                    ["x"] = x.DeepClone(),
                    ["y"] = y.DeepClone(),
                    ["color"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["scale"] = seriesScale.DeepClone(), ["legend"] = null },
                },
            });
        return ChartCounts.Declare(spec, "value");
    }

    private static JsonObject Row(YearMonth month, string series, double? value) => new()
    {
        ["month"] = ChartStyle.MonthDate(month),
        ["series"] = series,
        ["value"] = value,
    };

    private static JsonObject BandData(AssessmentPeriod period) => new()
    {
        ["values"] = new JsonArray(new JsonObject
        {
            ["start"] = ChartStyle.MonthDate(period.Current.First),
            ["end"] = ChartStyle.MonthDate(period.Current.Last),
            ["label"] = "Assessment period",
        }),
    };

    private static JsonObject PeriodBand(AssessmentPeriod period) => new()
    {
        ["data"] = BandData(period),
        ["mark"] = new JsonObject { ["type"] = "rect", ["color"] = "#e8eff7" },
        ["encoding"] = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "start", ["timeUnit"] = "utcyearmonth", ["type"] = "temporal", ["title"] = "Month" },
            ["x2"] = new JsonObject { ["field"] = "end", ["timeUnit"] = "utcyearmonth" },
        },
    };

    private static JsonObject PeriodLabel(AssessmentPeriod period) => new()
    {
        ["data"] = BandData(period),
        ["mark"] = new JsonObject { ["type"] = "text", ["align"] = "left", ["baseline"] = "top", ["dx"] = 4, ["dy"] = 4, ["fontSize"] = 9, ["color"] = "#57606a" },
        ["encoding"] = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "start", ["timeUnit"] = "utcyearmonth", ["type"] = "temporal", ["title"] = "Month" },
            ["y"] = new JsonObject { ["value"] = 0 },
            ["text"] = new JsonObject { ["field"] = "label" },
        },
    };

    private static YearMonth Min(YearMonth a, YearMonth b) => a < b ? a : b;

    private static YearMonth Max(YearMonth a, YearMonth b) => a > b ? a : b;
}
