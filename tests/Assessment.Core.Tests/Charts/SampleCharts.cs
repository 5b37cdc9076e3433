using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Core.Model;
using Assessment.Files.Geography;
using NetTopologySuite.IO;

namespace Assessment.Core.Tests.Charts;

/// <summary>One small spec of each chart kind, for the structural checks.</summary>
internal static class SampleCharts
{
    public static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    public static JsonObject Monthly() => MonthlyTrendChart.Build(
        Enumerable.Range(0, 24).Where(i => i is < 4 or >= 12).Select(i => new MonthlyValue(new YearMonth(2024, 1).AddMonths(i), 100 + i)).ToList(),
        Period, "Crimes per month", "Monthly crimes.");

    public static readonly ChangeClass Rise = new("Significant increase", "#D55E00", "#D55E00");
    public static readonly ChangeClass Flat = new("No significant change", "#8c959f", "#8c959f");
    public static readonly ChangeClass Unknown = new("Cannot tell", "#ffffff", "#57606a");

    public static JsonObject Change() => ChangeBarChart.Build(
        [new("Burglary", 12, Rise, 3, 20), new("Robbery", -4, Flat, -9, 1), new("Drugs", 0, Flat)], [Rise, Unknown, Flat], "Change in crimes (count)", "Change by type.");

    public static JsonObject SmallMultiples() => SmallMultiplesChart.Build(
        [new("A", new YearMonth(2025, 1), 3), new("A", new YearMonth(2025, 3), 4), new("B", new YearMonth(2025, 2), 1)], "Per month", "Panels.");

    public static JsonObject Control() => ControlChart.Build(
        Enumerable.Range(0, 12).Select(i => new ControlChartPoint(new YearMonth(2025, 1).AddMonths(i), 50 + i, 55, 33, 77, i == 11)).ToList(),
        "Crimes per month", "Control chart.");

    public static JsonObject Map() => ChoroplethMap.Build(Areas(), new ChoroplethOptions("count", "name", "Crimes (count)", "lon", "lat"), "Map.", new GeoJsonMapWriter(),
        [new MapPoint(0.5, 0.5, "Centre", 3)], [new MapFeature(Wkt.Read("POLYGON ((0.1 0.1, 0.9 0.1, 0.9 0.9, 0.1 0.1))"), new JsonObject())]);

    public static JsonObject Lorenz() => LorenzCurveChart.Build(LorenzCurve.FromCounts([5, 3, 1, 0]), "Share of areas", "Share of crime", "Concentration.");

    public static JsonObject Matrix() => PriorityHeatMatrix.Build(
        [new("ASB", "Volume", 5), new("ASB", "Harm", 2), new("Robbery", "Volume", 1), new("Robbery", "Harm", 4)],
        ["ASB", "Robbery"], ["Volume", "Harm"], "Score (1–5)", "Priority matrix.");

    public static IEnumerable<object[]> All() =>
    [
        ["monthly", Monthly()], ["change", Change()], ["small-multiples", SmallMultiples()], ["control", Control()],
        ["map", Map()], ["lorenz", Lorenz()], ["matrix", Matrix()],
    ];

    /// <summary>Two unit squares side by side, both anticlockwise as RFC 7946 writes them.</summary>
    public static IReadOnlyList<MapFeature> Areas() =>
    [
        new(Wkt.Read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"), new JsonObject { ["name"] = "West", ["count"] = 10, ["lon"] = 0.5, ["lat"] = 0.5 }),
        new(Wkt.Read("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"), new JsonObject { ["name"] = "East", ["count"] = 30, ["lon"] = 1.5, ["lat"] = 0.5 }),
    ];

    private static WKTReader Wkt { get; } = new();
}
