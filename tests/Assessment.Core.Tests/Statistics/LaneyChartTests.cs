using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// Laney's (2002) u′-chart against an independent numpy implementation (Fixtures/statistics/laney.json; centre, σ_z
/// and limits relative 1e-12, limit exceedances exactly), including City of London's real monthly counts.
/// </summary>
public sealed class LaneyChartTests
{
    private const string File = "laney.json";

    public static TheoryData<string> CaseNames => StatisticsFixture.Names(File, "cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void LaneyUChart_FixtureSeries_MatchesReference(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);

        var result = ControlChart.LaneyUChart(c.Numbers("counts"), c.Numbers("exposures"), (int)c.Integer("baselineStart"), (int)c.Integer("baselineLength"));

        Assert.Equal(ControlChartKind.LaneyU, result.Kind);
        Tolerance.Close(c.Number("centre"), result.CentreLine, 1e-12, 0, "centre");
        Tolerance.Close(c.Number("sigmaZ"), result.SigmaZ, 1e-12, 0, "σ_z");
        var lower = c.Numbers("lower");
        var upper = c.Numbers("upper");
        var above = c.GetProperty("above").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        var below = c.GetProperty("below").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        for (var i = 0; i < result.Points.Count; i++)
        {
            var p = result.Points[i];
            Tolerance.Close(lower[i], p.LowerLimit, 1e-12, 1e-12, $"LCL[{i}]");
            Tolerance.Close(upper[i], p.UpperLimit, 1e-12, 0, $"UCL[{i}]");
            Assert.Equal(above[i], p.Signals.HasFlag(ControlChartSignals.AboveUpperLimit));
            Assert.Equal(below[i], p.Signals.HasFlag(ControlChartSignals.BelowLowerLimit));
        }
    }

    [Fact]
    public void LaneyUChart_ConstantExposure_SameLimitsAsTheIndividualsChartOfCounts()
    {
        // Laney's chart with nᵢ = 1 is c̄ ± 2.66·MR̄ of the counts (Wheeler's XmR), the lower limit clamped at 0.
        double[] counts = [40, 55, 38, 61, 47, 70, 52, 44, 66, 49, 58, 41, 75, 80, 35];
        var laney = ControlChart.LaneyUChart(counts, Enumerable.Repeat(1.0, counts.Length).ToArray(), 0, 12);
        var xmr = ControlChart.IndividualsMovingRange(counts, 0, 12);

        Assert.Equal(xmr.CentreLine, laney.CentreLine, 12);
        for (var i = 0; i < counts.Length; i++)
        {
            Assert.Equal(xmr.Points[i].UpperLimit, laney.Points[i].UpperLimit, 9);
            Assert.Equal(Math.Max(0, xmr.Points[i].LowerLimit), laney.Points[i].LowerLimit, 9);
        }
    }

    [Fact]
    public void LaneyUChart_OverdispersedBaseline_WidensThePoissonLimitsBySigmaZ()
    {
        double[] counts = [20, 80, 25, 90, 30, 70, 15, 85, 20, 95, 25, 75, 60, 50];
        double[] ones = [.. Enumerable.Repeat(1.0, counts.Length)];

        var laney = ControlChart.LaneyUChart(counts, ones, 0, 12);
        var poisson = ControlChart.UChart(counts, ones, 0, 12);

        Assert.True(laney.SigmaZ > 5, $"σ_z {laney.SigmaZ}");
        Assert.Equal(poisson.Points[0].Sigma * laney.SigmaZ, laney.Points[0].Sigma, 12);
        Assert.NotEmpty(poisson.Exceedances);
        Assert.Empty(laney.Exceedances);
        Assert.True(double.IsNaN(poisson.SigmaZ));
    }

    [Fact]
    public void LaneyUChart_BaselineWithoutEventsOrWithoutConsecutiveMonths_Throws()
    {
        double[] ones = [1, 1, 1, 1, 1];
        Assert.Throws<ArgumentException>(() => ControlChart.LaneyUChart([0, 0, 0, 4, 5], ones, 0, 3));
        Assert.Throws<ArgumentException>(() => ControlChart.LaneyUChart([3, double.NaN, 4, double.NaN, 5], ones, 0, 4));
    }
}
