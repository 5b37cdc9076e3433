using System.Text.Json.Nodes;
using Assessment.Core.Charts;

namespace Assessment.Core.Tests.Charts;

public sealed class YearlyBarChartTests
{
    [Fact]
    public void Build_KeepsPeriodOrderAndLeavesMissingValuesEmpty()
    {
        var spec = YearlyBarChart.Build([("2012-13", 1664), ("2013-14", null), ("2014-15", 1461)], "Financial year", "Incidents", "Fly-tipping by year.");

        var rows = spec["data"]!["values"]!.AsArray();
        Assert.Equal(["2012-13", "2013-14", "2014-15"], rows.Select(r => (string)r!["period"]!));
        Assert.Null(rows[1]!["value"]);
        Assert.Equal(1461, (double)rows[2]!["value"]!);
        Assert.Equal(["2012-13", "2013-14", "2014-15"], spec["encoding"]!["x"]!["sort"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("Incidents", (string)spec["encoding"]!["y"]!["title"]!);
        Assert.Equal("Fly-tipping by year.", (string)spec["description"]!);
    }

    [Fact]
    public void Build_NoPeriods_Throws()
    {
        Assert.Throws<ArgumentException>(() => YearlyBarChart.Build([], "Year", "Incidents", "Nothing."));
    }
}
