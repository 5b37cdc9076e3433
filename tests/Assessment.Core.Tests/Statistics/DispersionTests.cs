using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>Pearson dispersion against numpy sums and scipy chi2.sf (Fixtures/statistics/dispersion.json).</summary>
public sealed class DispersionTests
{
    private const string File = "dispersion.json";

    public static TheoryData<string> CaseNames => StatisticsFixture.Names(File, "cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void WithinGroups_FixtureCase_MatchesNumpyAndScipy(string name)
    {
        var c = StatisticsFixture.Case(File, "cases", name);
        var groups = c.GetProperty("groups").EnumerateArray().Select(g => g.GetInt32()).ToArray();
        var result = Dispersion.WithinGroups(c.Numbers("counts"), groups);
        Tolerance.Close(c.Number("pearsonChiSquare"), result.PearsonChiSquare, 1e-12, 0, "X²");
        Assert.Equal(c.Integer("degreesOfFreedom"), result.DegreesOfFreedom);
        Tolerance.Close(c.Number("dispersion"), result.Phi, 1e-12, 0, "phi");
        // p-value: relative 1e-9 (floor 1e-300), the requirement for every p-value.
        Tolerance.Close(c.Number("pValue"), result.PValue, 1e-9, 1e-300, "p");
        Assert.Equal(result.PValue < 0.05, result.IsOverdispersed);
    }

    [Fact]
    public void ConstantMean_AllZeros_StatisticZeroAndNotOverdispersed()
    {
        var result = Dispersion.ConstantMean(new double[12]);
        Assert.Equal(0.0, result.PearsonChiSquare);
        Assert.Equal(11, result.DegreesOfFreedom);
        Assert.Equal(0.0, result.Phi);
        Assert.Equal(1.0, result.PValue);
        Assert.False(result.IsOverdispersed);
        Assert.Equal(1.0, result.EffectiveDispersion);
    }

    [Fact]
    public void ConstantMean_HandExample_PhiIsSumOfSquaresOverMeanOverDf()
    {
        // Mean 10; X² = (16 + 16 + 0 + 0)/10 = 3.2 on 3 df; φ = 3.2/3.
        var result = Dispersion.ConstantMean([6, 14, 10, 10]);
        Assert.Equal(3.2, result.PearsonChiSquare, 14);
        Assert.Equal(3, result.DegreesOfFreedom);
        Assert.Equal(3.2 / 3, result.Phi, 14);
        Assert.Equal(3.2 / 3, result.EffectiveDispersion, 14);
    }

    [Fact]
    public void ConstantMean_Underdispersed_EffectiveDispersionIsOne()
    {
        // X² = (1 + 1)/10 = 0.2 on 3 df.
        var result = Dispersion.ConstantMean([9, 11, 10, 10]);
        Assert.Equal(0.2 / 3, result.Phi, 14);
        Assert.Equal(1.0, result.EffectiveDispersion);
    }

    [Fact]
    public void ConstantMean_SingleMonth_PhiUndefined()
    {
        var result = Dispersion.ConstantMean([7]);
        Assert.Equal(0, result.DegreesOfFreedom);
        Assert.True(double.IsNaN(result.Phi));
        Assert.True(double.IsNaN(result.PValue));
        Assert.False(result.IsOverdispersed);
        Assert.Equal(1.0, result.EffectiveDispersion);
    }

    [Fact]
    public void ConstantMean_EmptySeries_PhiUndefined() =>
        Assert.True(double.IsNaN(Dispersion.ConstantMean([]).Phi));

    [Fact]
    public void ConstantMean_MissingMonth_LeftOutOfN()
    {
        var withGap = Dispersion.ConstantMean([8, 12, double.NaN, 10]);
        var without = Dispersion.ConstantMean([8, 12, 10]);
        Assert.Equal(without, withGap);
    }

    [Fact]
    public void AgainstFittedMeans_GivenMeans_UsesCallersParameterCount()
    {
        // X² = 1/4 + 1/4 + 0 = 0.5; N − p = 3 − 2 = 1.
        var result = Dispersion.AgainstFittedMeans([3, 5, 6], [4, 4, 6], estimatedParameters: 2);
        Assert.Equal(0.5, result.PearsonChiSquare, 15);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(0.5, result.Phi, 15);
    }

    [Fact]
    public void WithinGroups_MismatchedLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => Dispersion.WithinGroups([1, 2, 3], [0, 1]));

    [Fact]
    public void ConstantMean_NegativeCount_Throws() =>
        Assert.Throws<ArgumentException>(() => Dispersion.ConstantMean([1, -2, 3]));
}
