using Assessment.Core.Benchmarking;
using Assessment.Core.Charts;
using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Charts;

public sealed class ForceComparisonChartTests
{
    private static PartnershipRate Rate(string name, double rate, int rank, bool area = false) =>
        new(name, name, area, 10, 1000, rate, new ConfidenceInterval(rate - 1, rate + 1), 1, 11, RateVerdict.Similar, rank);

    private static readonly ThemeComparison Theme = new("all-crime", "All crime (excluding ASB)", [], 100, 3000, 8.5,
        [Rate("Thanet", 12, 1), Rate("Canterbury", 9, 2, area: true), Rate("Sevenoaks", 5, 3)]);

    [Fact]
    public void Build_SortsRowsByRateAndDrawsTheForceRateAsADashedLine()
    {
        var spec = ForceComparisonChart.Build(Theme, "Kent", "Rates of Kent partnerships.");

        var layers = spec["layer"]!.AsArray();
        Assert.Equal(["Thanet", "Canterbury", "Sevenoaks"], layers[1]!["encoding"]!["y"]!["sort"]!.AsArray().Select(n => (string)n!));
        Assert.Equal([11.0, 8, 4], layers[0]!["data"]!["values"]!.AsArray().Select(r => (double)r!["lower"]!));
        Assert.Equal("rule", (string)layers[2]!["mark"]!["type"]!);
        Assert.NotNull(layers[2]!["mark"]!["strokeDash"]);
        Assert.Equal(8.5, (double)layers[2]!["data"]!["values"]![0]!["rate"]!);
        Assert.Equal("Rates of Kent partnerships.", (string)spec["description"]!);
    }

    [Fact]
    public void Build_HighlightsTheAreaByColourShapeAndBoldLabel()
    {
        var spec = ForceComparisonChart.Build(Theme, "Kent", "Rates.");

        var points = spec["layer"]!.AsArray()[1]!;
        Assert.Equal(["Other partnerships", "This area", "Other partnerships"], points["data"]!["values"]!.AsArray().Select(r => (string)r!["group"]!));
        Assert.Equal([ForceComparisonChart.AreaColour, ForceComparisonChart.OtherColour], points["encoding"]!["color"]!["scale"]!["range"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["diamond", "circle"], points["encoding"]!["shape"]!["scale"]!["range"]!.AsArray().Select(n => (string)n!));
        Assert.Contains("\"Canterbury\"", (string)points["encoding"]!["y"]!["axis"]!["labelFontWeight"]!["condition"]!["test"]!);
    }

    [Fact]
    public void Build_NoPartnerships_Throws()
    {
        Assert.Throws<ArgumentException>(() => ForceComparisonChart.Build(Theme with { Partnerships = [] }, "Kent", "Nothing."));
    }
}
