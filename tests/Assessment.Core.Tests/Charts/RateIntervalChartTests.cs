using System.Text.Json.Nodes;
using Assessment.Core.Charts;

namespace Assessment.Core.Tests.Charts;

public sealed class RateIntervalChartTests
{
    [Fact]
    public void Build_OrdersPlacesHighestFirstWithIntervalsAndTheAreaLine()
    {
        var spec = RateIntervalChart.Build([("South", 40, 30, 50), ("North", 75.555, 70, 81), ("East", 10, 5, 18)], 42.1234, "Records per 1,000 residents", "Rates by ward.");

        var rows = spec["data"]!["values"]!.AsArray();
        Assert.Equal(["North", "South", "East"], rows.Select(r => r!["name"]!.GetValue<string>()));
        Assert.Equal(75.56, rows[0]!["rate"]!.GetValue<double>());
        Assert.Equal((70.0, 81.0), (rows[0]!["lower"]!.GetValue<double>(), rows[0]!["upper"]!.GetValue<double>()));
        var layers = spec["layer"]!.AsArray();
        Assert.Equal(["bar", "rule", "rule"], layers.Select(l => l!["mark"]!["type"]!.GetValue<string>()));
        Assert.Equal(42.12, layers[2]!["data"]!["values"]![0]!["area"]!.GetValue<double>());
        Assert.Equal(["North", "South", "East"], layers[0]!["encoding"]!["y"]!["sort"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Build_NoPlaces_Throws() =>
        Assert.Throws<ArgumentException>(() => RateIntervalChart.Build([], 1, "x", "y"));
}
