using System.Text.Json.Nodes;
using Assessment.Core.Charts;
using Assessment.Files.Geography;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Charts;

public sealed class ChartSpecTests
{
    public static IEnumerable<object[]> Specs => SampleCharts.All();

    [Theory]
    [MemberData(nameof(Specs))]
    public void Build_AnyKind_IsValidJsonWithSchemaDescriptionAndInterFont(string kind, JsonObject spec)
    {
        var reparsed = JsonNode.Parse(spec.ToJsonString())!.AsObject();

        Assert.Equal(ChartStyle.Schema, (string?)reparsed["$schema"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reparsed["description"]), kind);
        Assert.Equal("Inter", (string?)reparsed["config"]!["font"]);
        Assert.True(reparsed.ContainsKey("layer") || reparsed.ContainsKey("mark") || reparsed.ContainsKey("facet"), kind);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Build_AnyKind_UsesOnlyUtcTimeUnitsAndNoBootstrappedIntervals(string kind, JsonObject spec)
    {
        var nodes = Walk(spec).ToList();

        Assert.All(nodes.Where(o => o.ContainsKey("timeUnit")), o => Assert.StartsWith("utc", (string?)o["timeUnit"], StringComparison.Ordinal));
        Assert.DoesNotContain(nodes, o => (string?)o["extent"] == "ci");
        Assert.DoesNotContain(nodes, o => o["labelAngle"] is JsonValue v && v.ToJsonString() != "0");
        Assert.NotEmpty(kind);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Build_LayeredKinds_GiveEveryLayerTheSameAxisTitles(string kind, JsonObject spec)
    {
        if (spec["layer"] is not JsonArray layers) return;
        foreach (var channel in new[] { "x", "y" })
        {
            var titles = layers.Select(l => l!["encoding"]?[channel]).OfType<JsonObject>()
                .Where(e => e.ContainsKey("field") && e["type"] is not null && (string?)e["type"] != "nominal")
                .Select(e => e["title"]?.ToJsonString() ?? "(none)").Distinct().ToList();
            Assert.True(titles.Count <= 1, $"{kind}: layers disagree on the {channel} title: {string.Join(" | ", titles)}");
        }
    }

    [Fact]
    public void MonthlyTrend_MissingMonths_AreNullAndComparisonRepeatsLastPeriodsValue()
    {
        var values = SampleCharts.Monthly()["data"]!["values"]!.AsArray().Select(v => v!.AsObject()).ToList();
        double? Value(string series, string month) =>
            values.Single(v => (string?)v["series"] == series && (string?)v["month"] == month)["value"]?.GetValue<double>();

        Assert.Null(Value(MonthlyTrendChart.MonthlySeries, "2024-06-01"));                 // not loaded: a gap, not zero
        Assert.Equal(100, Value(MonthlyTrendChart.MonthlySeries, "2024-01-01"));            // i = 0
        Assert.Equal(100, Value(MonthlyTrendChart.ComparisonSeries, "2025-01-01"));         // Jan 2025 shows Jan 2024
        Assert.Null(Value(MonthlyTrendChart.ComparisonSeries, "2025-06-01"));               // Jun 2024 not loaded
        Assert.Equal(Enumerable.Range(12, 12).Average(i => 100.0 + i), Value("12-month rolling mean", "2024-12-01") ?? Value("12-month rolling mean", "2025-12-01"));
    }

    [Fact]
    public void ChangeBar_IntervalsArePassedAsDataNotComputed()
    {
        var spec = SampleCharts.Change();
        var rows = spec["data"]!["values"]!.AsArray();

        Assert.Equal(3, (double)rows[0]!["lower"]!);
        Assert.Equal(20, (double)rows[0]!["upper"]!);
        Assert.Null(rows[2]!["lower"]);
        Assert.Contains(Walk(spec), o => (string?)o["type"] == "rule" || (string?)o["mark"]?["type"] == "rule");
    }

    [Fact]
    public void ChangeBar_ColoursEachBarByItsClassNotItsDirection()
    {
        var spec = SampleCharts.Change();
        var rows = spec["data"]!["values"]!.AsArray();
        var bar = spec["layer"]!.AsArray().Select(l => l!.AsObject()).Single(l => (string?)l["mark"]?["type"] == "bar");

        // Robbery falls (−4) and Drugs does not move, but both are "no significant change": one class, one colour.
        Assert.Equal(["Significant increase", "No significant change", "No significant change"], rows.Select(r => (string?)r!["class"]));
        Assert.All(rows, r => Assert.Null(r!["direction"]));
        foreach (var (channel, colours) in new[] { ("fill", new[] { "#D55E00", "#ffffff", "#8c959f" }), ("stroke", new[] { "#D55E00", "#57606a", "#8c959f" }) })
        {
            var encoding = bar["encoding"]![channel]!;
            Assert.Equal("class", (string?)encoding["field"]);
            Assert.Equal(["Significant increase", "Cannot tell", "No significant change"], encoding["scale"]!["domain"]!.AsArray().Select(v => (string?)v));
            Assert.Equal(colours, encoding["scale"]!["range"]!.AsArray().Select(v => (string?)v));
            Assert.Equal(3, (int)encoding["legend"]!["columns"]!);
        }
    }

    [Fact]
    public void ChangeBar_FourLegendClasses_GoTwoToARow()
    {
        ChangeClass[] legend = [SampleCharts.Rise, SampleCharts.Flat, SampleCharts.Unknown, new("Fourth", "#000000", "#000000")];
        var spec = ChangeBarChart.Build([new("A", 1, SampleCharts.Rise)], legend, "Change", "d");
        var bar = spec["layer"]!.AsArray().Select(l => l!.AsObject()).Single(l => (string?)l["mark"]?["type"] == "bar");

        Assert.Equal(2, (int)bar["encoding"]!["fill"]!["legend"]!["columns"]!);
        Assert.Equal(4, bar["encoding"]!["fill"]!["scale"]!["domain"]!.AsArray().Count);
    }

    [Fact]
    public void ChangeBar_HalfAnInterval_Throws() =>
        Assert.Throws<ArgumentException>(() => ChangeBarChart.Build([new("A", 1, SampleCharts.Flat, 0, null)], [SampleCharts.Flat], "Change", "d"));

    [Fact]
    public void ChangeBar_AClassTheLegendDoesNotList_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ChangeBarChart.Build([new("A", 1, SampleCharts.Rise)], [SampleCharts.Flat], "Change", "d"));
        Assert.Contains("'A' is 'Significant increase'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeBar_TwoLegendClassesWithOneLabel_Throws() =>
        Assert.Throws<ArgumentException>(() => ChangeBarChart.Build([new("A", 1, SampleCharts.Flat)], [SampleCharts.Flat, SampleCharts.Flat with { Fill = "#000000" }], "Change", "d"));

    [Fact]
    public void Choropleth_UsesMercatorAndClockwiseInlineFeatures()
    {
        var spec = SampleCharts.Map();

        Assert.Equal("mercator", (string?)spec["projection"]!["type"]);
        var shapes = spec["layer"]![0]!["data"]!;
        Assert.Equal("features", (string?)shapes["format"]!["property"]);
        var ring = shapes["values"]!["features"]![0]!["geometry"]!["coordinates"]![0]!.AsArray();
        Assert.False(Orientation.IsCCW(ring.Select(p => new Coordinate((double)p![0]!, (double)p[1]!)).ToArray()), "outer rings must be clockwise for Vega");
        var marks = spec["layer"]!.AsArray().Select(l => (string?)l!["mark"]!["type"]).ToList();
        Assert.Equal(["geoshape", "geoshape", "circle"], marks.Take(3)); // areas, hulls, points; then scale bar, north arrow and labels
        Assert.Equal("text", marks[^1]);
    }

    [Fact]
    public void Choropleth_NoAreas_Throws() =>
        Assert.Throws<ArgumentException>(() => ChoroplethMap.Build([], new("v", "n", "t"), "d", new GeoJsonMapWriter()));

    [Fact]
    public void SmallMultiples_FillsMissingMonthsWithNullPerCategory()
    {
        var rows = SampleCharts.SmallMultiples()["data"]!["values"]!.AsArray();

        Assert.Equal(6, rows.Count); // 2 categories × Jan–Mar 2025
        Assert.Null(rows.Single(r => (string?)r!["category"] == "A" && (string?)r["month"] == "2025-02-01")!["value"]);
    }

    [Fact]
    public void PriorityMatrix_RowsAndColumnsWithoutScores_StayInTheirPlace()
    {
        var spec = PriorityHeatMatrix.Build([new("ASB", "Volume", 4)], ["ASB", "Burglary"], ["Volume", "Harm"], "Score", "d");

        Assert.Equal(["Volume", "Harm"], spec["encoding"]!["x"]!["scale"]!["domain"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(["ASB", "Burglary"], spec["encoding"]!["y"]!["scale"]!["domain"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public void PriorityMatrix_UnknownIssue_Throws() =>
        Assert.Throws<ArgumentException>(() => PriorityHeatMatrix.Build([new("X", "Volume", 1)], ["ASB"], ["Volume"], "Score", "d"));

    [Fact]
    public void ControlChart_LowerAboveUpper_Throws() =>
        Assert.Throws<ArgumentException>(() => ControlChart.Build([new(new(2025, 1), 1, 1, 5, 2)], "y", "d"));

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(p => p.Value).SelectMany(Walk)) yield return child;
                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Walk)) yield return child;
                break;
        }
    }
}
