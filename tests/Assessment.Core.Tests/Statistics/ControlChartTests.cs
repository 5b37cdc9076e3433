using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// Control charts against an independent numpy implementation of the limits and run rules
/// (Fixtures/statistics/control_charts.json; limits relative 1e-12, signals exactly), plus hand-built cases.
/// </summary>
public sealed class ControlChartTests
{
    private const string File = "control_charts.json";

    public static TheoryData<string> CaseNames => StatisticsFixture.Names(File, "cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Chart_FixtureSeries_LimitsAndSignalsMatchReference(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);
        var values = c.Numbers("values");
        int start = (int)c.Integer("baselineStart"), length = (int)c.Integer("baselineLength");
        var result = c.GetProperty("kind").GetString() switch
        {
            "c" => ControlChart.CChart(values, start, length),
            "u" => ControlChart.UChart(values, c.Numbers("exposures"), start, length),
            _ => ControlChart.IndividualsMovingRange(values, start, length),
        };

        Tolerance.Close(c.Number("centre"), result.CentreLine, 1e-12, 0, "centre");
        var lower = c.Numbers("lower");
        var upper = c.Numbers("upper");
        var plotted = c.Numbers("plotted");
        var flags = c.GetProperty("flags").EnumerateArray().Select(f => f.EnumerateArray().Select(s => s.GetString()!).ToHashSet()).ToArray();
        for (var i = 0; i < result.Points.Count; i++)
        {
            var point = result.Points[i];
            Tolerance.Close(lower[i], point.LowerLimit, 1e-12, 1e-15, $"LCL[{i}]");
            Tolerance.Close(upper[i], point.UpperLimit, 1e-12, 0, $"UCL[{i}]");
            Tolerance.Close(plotted[i], point.Value, 1e-15, 0, $"value[{i}]");
            Assert.Equal(flags[i], SignalNames(point.Signals));
            Assert.Equal(flags[i].Contains("AboveUpperLimit"), point.IsExceedance);
        }

        // The fixture series are built to raise signals; a chart that never signals would pass vacuously.
        Assert.NotEmpty(result.Signalled);
    }

    [Fact]
    public void CChart_ZeroBaselineMean_AllLimitsZeroAndEveryEventExceeds()
    {
        var result = ControlChart.CChart([0, 0, 0, 0, 1, 0, 2], 0, 4);
        Assert.Equal(0.0, result.CentreLine);
        Assert.All(result.Points, p => Assert.Equal((0.0, 0.0), (p.LowerLimit, p.UpperLimit)));
        Assert.Equal([4, 6], result.Exceedances.Select(p => p.Index));
        // 1, 0, 2: two of three beyond 2σ = 0 above the line.
        Assert.True(result.Points[4].Signals.HasFlag(ControlChartSignals.TwoOfThreeBeyondTwoSigma));
        Assert.False(result.Points[5].Signals.HasFlag(ControlChartSignals.TwoOfThreeBeyondTwoSigma));
    }

    [Fact]
    public void CChart_KnownMean_LimitsAreMeanPlusMinusThreeRootMean()
    {
        // Baseline mean 25: UCL = 25 + 15 = 40, LCL = 25 − 15 = 10.
        var result = ControlChart.CChart([20, 30, 25, 25, 41, 9], 0, 4);
        Assert.Equal((25.0, 10.0, 40.0, 5.0), (result.CentreLine, result.Points[0].LowerLimit, result.Points[0].UpperLimit, result.Points[0].Sigma));
        Assert.Equal(ControlChartSignals.AboveUpperLimit, result.Points[4].Signals & ControlChartSignals.AboveUpperLimit);
        Assert.True(result.Points[5].Signals.HasFlag(ControlChartSignals.BelowLowerLimit));
        Assert.True(result.Points[0].InBaseline);
        Assert.False(result.Points[4].InBaseline);
    }

    [Fact]
    public void CChart_SmallMean_LowerLimitClampedAtZero()
    {
        var result = ControlChart.CChart([1, 2, 1, 2], 0, 4);
        Assert.Equal(0.0, result.Points[0].LowerLimit);
    }

    [Fact]
    public void CChart_EightAboveCentre_ShiftOnExactlyThoseEight()
    {
        // Baseline mean 100 (σ = 10); then 8 points at 105 (above the line, inside 2σ), then one at 100.
        double[] values = [90, 110, 90, 110, 105, 105, 105, 105, 105, 105, 105, 105, 100];
        var result = ControlChart.CChart(values, 0, 4);
        var shifted = result.Points.Where(p => p.Signals.HasFlag(ControlChartSignals.Shift)).Select(p => p.Index);
        Assert.Equal(Enumerable.Range(3, 9), shifted); // 110 at index 3 starts the run of 9 above.
    }

    [Fact]
    public void CChart_ShiftRunLengthOption_Respected()
    {
        // Baseline mean 100; six points at 105: no shift by default (8), a shift when 6 is enough.
        double[] values = [90, 110, 110, 90, 105, 105, 105, 105, 105, 105, 100];
        Assert.DoesNotContain(ControlChart.CChart(values, 0, 4).Points, p => p.Signals.HasFlag(ControlChartSignals.Shift));
        var six = ControlChart.CChart(values, 0, 4, new ControlChartOptions { ShiftRunLength = 6 });
        Assert.Equal(Enumerable.Range(4, 6), six.Points.Where(p => p.Signals.HasFlag(ControlChartSignals.Shift)).Select(p => p.Index));
    }

    [Fact]
    public void CChart_SixRisingPoints_TrendOnThoseSix()
    {
        // Mean 100; rises 96 → 101 are six points (five rises); a repeated value ends the run.
        double[] values = [100, 100, 100, 100, 96, 97, 98, 99, 100, 101, 101, 102];
        var result = ControlChart.CChart(values, 0, 4);
        Assert.Equal(Enumerable.Range(4, 6), result.Points.Where(p => p.Signals.HasFlag(ControlChartSignals.Trend)).Select(p => p.Index));
    }

    [Fact]
    public void CChart_MissingMonth_NoSignalAndBreaksRuns()
    {
        double[] values = [100, 100, 100, 100, 105, 105, 105, 105, double.NaN, 105, 105, 105, 105];
        var result = ControlChart.CChart(values, 0, 4);
        Assert.Equal(ControlChartSignals.None, result.Points[8].Signals);
        Assert.DoesNotContain(result.Points, p => p.Signals.HasFlag(ControlChartSignals.Shift));
    }

    [Fact]
    public void IndividualsMovingRange_HandExample_LimitsFromAverageMovingRange()
    {
        // Baseline 10, 12, 11, 13: mean 11.5, MR̄ = (2 + 1 + 2)/3 = 5/3, σ = MR̄/1.128.
        var result = ControlChart.IndividualsMovingRange([10, 12, 11, 13, 30], 0, 4);
        var sigma = 5.0 / 3 / 1.128;
        Assert.Equal(11.5, result.CentreLine, 14);
        Assert.Equal(11.5 + 3 * sigma, result.Points[0].UpperLimit, 12);
        Assert.Equal(11.5 - 3 * sigma, result.Points[0].LowerLimit, 12);
        Assert.True(result.Points[4].IsExceedance);
    }

    [Fact]
    public void UChart_VaryingExposure_LimitsWidenForSmallerExposure()
    {
        // ū = 40/20 = 2 per unit; σᵢ = √(2/nᵢ).
        var result = ControlChart.UChart([20, 20, 6], [10, 10, 2], 0, 2);
        Assert.Equal(2.0, result.CentreLine, 15);
        Assert.Equal(2 + 3 * Math.Sqrt(0.2), result.Points[0].UpperLimit, 14);
        Assert.Equal(2 + 3 * Math.Sqrt(1.0), result.Points[2].UpperLimit, 14);
        Assert.Equal(3.0, result.Points[2].Value, 15);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(0, 0)]
    [InlineData(3, 4)]
    public void CChart_BaselineOutsideSeries_Throws(int start, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ControlChart.CChart([1, 2, 3, 4, 5], start, length));

    [Fact]
    public void IndividualsMovingRange_SinglePointBaseline_Throws() =>
        Assert.Throws<ArgumentException>(() => ControlChart.IndividualsMovingRange([1, 2, 3], 0, 1));

    private static HashSet<string> SignalNames(ControlChartSignals signals) =>
        [.. Enum.GetValues<ControlChartSignals>().Where(s => s != ControlChartSignals.None && signals.HasFlag(s)).Select(s => s.ToString())];
}
