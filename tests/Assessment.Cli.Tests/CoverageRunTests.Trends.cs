using System.Globalization;
using System.Text.Json;

namespace Assessment.Cli.Tests;

/// <summary>
/// The City of London run's trend.csv and the area's control chart in monthly.csv against
/// tests/Assessment.Core.Tests/Fixtures/statistics/col_trend.json, which make_slope_fixtures.py computes from the raw
/// police.uk files with numpy and scipy (seasonal Mann–Kendall, seasonal Kendall slope, Laney limits).
/// </summary>
public sealed partial class CoverageRunTests
{
    private static JsonElement CityOfLondonReference => JsonDocument.Parse(File.ReadAllText(
        Path.Combine(RepositoryPaths.Root, "tests", "Assessment.Core.Tests", "Fixtures", "statistics", "col_trend.json"))).RootElement;

    [Fact]
    public void CityOfLondon_TrendCsvMatchesTheSeasonalKendallReferenceAndVerdictsAgreeWithIntervals()
    {
        var expected = CityOfLondonReference.GetProperty("rows").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);
        var rows = runs.CityOfLondon.Csv("trend.csv");

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Select(r => r["key"]).Order(StringComparer.Ordinal));
        foreach (var r in rows)
        {
            var e = expected[r["key"]];
            var what = r["key"];
            Assert.Equal(("seasonal_mann_kendall", "28", "seasonal_kendall"), (r["method"], r["months_used"], r["slope_estimator"]));
            Assert.Equal(e.GetProperty("s").GetInt64().ToString(CultureInfo.InvariantCulture), r["s"]);
            // Normal tails and BH: scipy and ours agree to ~1e-15 relative; slopes are medians of the same ratios.
            Close(Number(e, "variance_s"), Parse(r["variance_s"]), 1e-12, what + " Var(S)");
            Close(Number(e, "p_value"), Parse(r["p_value"]), 1e-9, what + " p");
            Close(Number(e, "q_value"), Parse(r["q_value"]), 1e-9, what + " q");
            Close(Number(e, "slope"), Parse(r["sen_slope_per_month"]), 1e-12, what + " slope");
            Close(Number(e, "ci_level"), Parse(r["ci_level"]), 1e-14, what + " level");
            Close(Number(e, "ci_low"), Parse(r["sen_ci_low"]), 1e-12, what + " low");
            Close(Number(e, "ci_high"), Parse(r["sen_ci_high"]), 1e-12, what + " high");
            Assert.Equal((Flag(e, "ci_low_open"), Flag(e, "ci_high_open")), (r["ci_low_open"], r["ci_high_open"]));
            Assert.Equal(e.GetProperty("verdict").GetString(), r["verdict"]);

            // The rule itself, on the file: significant exactly when q ≤ 0.05, and then the interval excludes 0.
            var low = Parse(r["sen_ci_low"]);
            var high = Parse(r["sen_ci_high"]);
            var excludes = low > 0 || high < 0 || (low == 0 && r["ci_low_open"] == "true") || (high == 0 && r["ci_high_open"] == "true");
            Assert.True((Parse(r["q_value"]) <= 0.05) == (r["verdict"] != "no clear trend"), what);
            Assert.True(excludes == (r["verdict"] != "no clear trend"), what);
        }
    }

    [Fact]
    public void CityOfLondon_AreaControlChartHasLaneyLimitsFromTheSixteenBaselineMonths()
    {
        var chart = CityOfLondonReference.GetProperty("area_chart");
        var upper = chart.GetProperty("upper").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var lower = chart.GetProperty("lower").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var above = chart.GetProperty("above").EnumerateArray().Select(v => v.GetBoolean()).ToArray();
        var rows = runs.CityOfLondon.Csv("monthly.csv").Where(r => r["level"] == "area").ToList();

        Assert.Equal(28, rows.Count);
        Assert.Equal(16, rows.Count(r => r["in_baseline"] == "true"));
        for (var i = 0; i < rows.Count; i++)
        {
            Close(Number(chart, "centre"), Parse(rows[i]["centre_line"]), 1e-12, "centre");
            Close(Number(chart, "sigmaZ"), Parse(rows[i]["sigma_z"]), 1e-12, "sigma_z");
            Close(upper[i], Parse(rows[i]["upper_limit"]), 1e-12, $"upper {rows[i]["month"]}");
            Close(lower[i], Parse(rows[i]["lower_limit"]), 1e-12, $"lower {rows[i]["month"]}");
            Assert.Equal(above[i], rows[i]["signals"].Contains("above_upper_limit", StringComparison.Ordinal));
        }
    }

    private static string Flag(JsonElement e, string name) => e.GetProperty(name).GetBoolean() ? "true" : "false";

    private static double Number(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.String
        ? double.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture)
        : e.GetProperty(name).GetDouble();

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static void Close(double expected, double actual, double relative, string what) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"{what}: expected {expected:R}, got {actual:R}");
}
