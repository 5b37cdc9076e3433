using System.Text.Json.Nodes;
using Assessment.Core.Charts;

namespace Assessment.Core.Tests.Charts;

public sealed class IntervalTrendChartTests
{
    private static readonly IReadOnlyList<IntervalPoint> Points =
    [
        new("Canterbury", "2016/17", 551, 500, 600), new("Canterbury", "2017/18", 462, null, null), new("England", "2017/18", 632, 630, 634),
    ];

    [Fact]
    public void Build_KeepsPeriodsAndSeriesAndDrawsIntervalsOnlyWherePublished()
    {
        var spec = IntervalTrendChart.Build(Points, ["2015/16", "2016/17", "2017/18"], "Period", "Rate per 100,000", percent: false, "Admissions.");

        var rows = spec["data"]!["values"]!.AsArray();
        Assert.Equal([("Canterbury", 500.0), ("Canterbury", (double?)null), ("England", 630.0)], rows.Select(r => ((string)r!["series"]!, (double?)r["lower"])));
        var layers = spec["layer"]!.AsArray();
        Assert.Equal(["rule", "point"], layers.Select(l => (string)l!["mark"]!["type"]!));
        Assert.Contains("isValid(datum.lower)", (string)layers[0]!["transform"]![0]!["filter"]!, StringComparison.Ordinal);
        Assert.Equal("upper", (string)layers[0]!["encoding"]!["y2"]!["field"]!);
        // Every period is on the axis, even one without a point.
        Assert.Equal(["2015/16", "2016/17", "2017/18"], layers[1]!["encoding"]!["x"]!["scale"]!["domain"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["Canterbury", "England"], layers[1]!["encoding"]!["color"]!["scale"]!["domain"]!.AsArray().Select(n => (string)n!));
        Assert.False(layers[1]!["encoding"]!["y"]!["axis"]!.AsObject().ContainsKey("format"));
    }

    [Fact]
    public void Build_Percent_FormatsTheAxisAsPercentages()
    {
        var spec = IntervalTrendChart.Build([new("Opiate", "2023-24", 0.063, 0.045, 0.088)], ["2023-24"], "Financial year", "Completed", percent: true, "Rates.");

        Assert.Equal(".0%", (string)spec["layer"]![1]!["encoding"]!["y"]!["axis"]!["format"]!);
    }

    [Fact]
    public void Build_NoPoints_Throws() =>
        Assert.Throws<ArgumentException>(() => IntervalTrendChart.Build([], ["2023-24"], "Year", "Rate", false, "Nothing."));
}
