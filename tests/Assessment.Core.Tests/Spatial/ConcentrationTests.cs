using Assessment.Core.Spatial;

namespace Assessment.Core.Tests.Spatial;

public sealed class ConcentrationTests
{
    // Reference: make_fixtures.py; Gini from the mean absolute difference Σᵢⱼ|xᵢ − xⱼ| / (2n²x̄), independent of the rank formula.
    private const double Tolerance = 1e-12;

    [Theory]
    [InlineData("poissonDense")]
    [InlineData("negativeBinomialSparse")]
    [InlineData("fewerCrimesThanUnits")]
    [InlineData("worked10Places5Crimes")]
    public void Analyse_FixtureCase_MatchesNumpyReference(string name)
    {
        var fixture = SpatialFixture.Case("concentration.json", name);
        var result = Concentration.Analyse(SpatialFixture.Doubles(fixture.GetProperty("counts")));
        Assert.Equal(fixture.GetProperty("gini").GetDouble(), result.Gini, Tolerance);
        Assert.Equal(fixture.GetProperty("generalisedGini").GetDouble(), result.GeneralisedGini, Tolerance);
        Assert.Equal(SpatialFixture.Doubles(fixture.GetProperty("lorenzUnits")), result.LorenzCurve.Select(p => p.UnitShare).ToArray(), new ToleranceComparer(Tolerance));
        Assert.Equal(SpatialFixture.Doubles(fixture.GetProperty("lorenzCrime")), result.LorenzCurve.Select(p => p.CrimeShare).ToArray(), new ToleranceComparer(Tolerance));
        Assert.Equal(fixture.GetProperty("holding50").GetDouble(), result.UnitShareHolding50Percent);
        Assert.Equal(fixture.GetProperty("holding25").GetDouble(), result.UnitShareHolding25Percent);
    }

    [Fact]
    public void Analyse_BernascoSteenbeekExample_GivesExactValues()
    {
        // 10 places, 5 crimes (3, 1, 1, 0 × 7): ascending ranks 8, 9, 10 hold 1, 1, 3, so G = 2·47/(10·5) − 11/10 = 0.78,
        // and G′ = (10/5)(0.78 − 1) + 1 = 0.56 (the published ".56–.58").
        var result = Concentration.Analyse([3, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(0.78, result.Gini, 1e-15);
        Assert.Equal(0.56, result.GeneralisedGini, 1e-15);
        // The busiest place holds 3 of 5 crimes: 10 % of places hold 60 %.
        Assert.Equal(0.1, result.UnitShareHolding50Percent);
        Assert.Equal(new LorenzPoint(0.1, 0.6), result.LorenzCurve[1]);
    }

    [Fact]
    public void Analyse_EqualCounts_GiniZeroAndHalfTheUnitsHoldHalf()
    {
        var result = Concentration.Analyse([2, 2, 2, 2]);
        Assert.Equal(0, result.Gini, 1e-15);
        Assert.Equal(0.5, result.UnitShareHolding50Percent);
        Assert.Equal(0.25, result.UnitShareHolding25Percent);
    }

    [Fact]
    public void Analyse_AllInOneUnit_GiniIsMaximum()
    {
        var result = Concentration.Analyse([0, 0, 0, 12, 0]);
        Assert.Equal(0.8, result.Gini, 1e-15);
        Assert.Equal(0.2, result.UnitShareHolding50Percent);
    }

    [Fact]
    public void Analyse_FewerCrimesThanUnitsEachAlone_GeneralisedGiniIsZero()
    {
        // Three crimes in three of ten places is as even as three crimes can be.
        var result = Concentration.Analyse([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(0.7, result.Gini, 1e-15);
        Assert.Equal(0, result.GeneralisedGini, 1e-15);
    }

    [Fact]
    public void Analyse_SingleUnit_GiniZero()
    {
        var result = Concentration.Analyse([9]);
        Assert.Equal((0.0, 0.0, 1.0), (result.Gini, result.GeneralisedGini, result.UnitShareHolding50Percent));
    }

    [Fact]
    public void Analyse_AllZeros_ZeroEverywhere()
    {
        var result = Concentration.Analyse([0, 0, 0]);
        Assert.Equal((0.0, 0.0, 0.0, 0.0), (result.Gini, result.GeneralisedGini, result.UnitShareHolding50Percent, result.Total));
        Assert.All(result.LorenzCurve, p => Assert.Equal(0, p.CrimeShare));
    }

    [Fact]
    public void Analyse_NoUnits_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => Concentration.Analyse([]));

    [Fact]
    public void Analyse_NegativeCount_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => Concentration.Analyse([1, -1]));

    [Fact]
    public void ShareOfUnitsHolding_Ties_CountsWholeUnits()
    {
        var result = Concentration.Analyse([5, 5, 5, 5, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(0.3, result.ShareOfUnitsHolding(0.6));
        Assert.Equal(0.4, result.ShareOfUnitsHolding(1));
        Assert.Equal(0, result.ShareOfUnitsHolding(0));
    }
}
