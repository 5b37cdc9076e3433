using Assessment.Core.Statistics;

namespace Assessment.Core.Tests.Statistics;

/// <summary>
/// Benjamini–Hochberg against scipy's false_discovery_control algorithm (ported in make_fixtures.py because
/// scipy 1.10 predates it, and cross-checked there against the O(m²) definition) and Holm against its
/// definition. Tolerance: relative 1e-14.
/// </summary>
public sealed class MultipleTestingTests
{
    private const string File = "multiple_testing.json";

    [Fact]
    public void BenjaminiHochberg_FixtureVectors_MatchReference()
    {
        foreach (var c in StatisticsFixture.Cases(File, "cases"))
        {
            var p = c.Numbers("pValues");
            var expected = c.Numbers("benjaminiHochberg");
            var actual = BenjaminiHochberg.Adjust(p);
            for (var i = 0; i < p.Length; i++) Tolerance.Close(expected[i], actual[i], 1e-14, 0, $"BH[{i}] of {p.Length}");
        }
    }

    [Fact]
    public void Holm_FixtureVectors_MatchDefinition()
    {
        foreach (var c in StatisticsFixture.Cases(File, "cases"))
        {
            var p = c.Numbers("pValues");
            var expected = c.Numbers("holm");
            var actual = Holm.Adjust(p);
            for (var i = 0; i < p.Length; i++) Tolerance.Close(expected[i], actual[i], 1e-14, 0, $"Holm[{i}] of {p.Length}");
        }
    }

    [Fact]
    public void BenjaminiHochberg_PublishedExample_MatchesPublishedAdjustedValues()
    {
        // Benjamini & Hochberg (1995) §4 example (15 tests from Neuhaus et al. 1992); adjusted values as
        // printed in scipy's false_discovery_control documentation.
        double[] p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000];
        double[] expected = [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714, 0.06385714, 0.0645, 0.0765, 0.486, 0.58118182, 0.714875, 0.75323077, 0.81321429, 1.0];
        var q = BenjaminiHochberg.Adjust(p);
        for (var i = 0; i < p.Length; i++) Assert.Equal(expected[i], q[i], 8);
        Assert.Equal(4, q.Count(v => v < 0.05));
    }

    [Fact]
    public void BenjaminiHochberg_UnsortedInput_KeepsInputOrder() =>
        Assert.Equal([0.6, 0.6, 0.2, 0.004], BenjaminiHochberg.Adjust([0.5, 0.6, 0.1, 0.001]), new ToleranceComparer(1e-15));

    [Fact]
    public void BenjaminiHochberg_NaNEntries_StayNaNAndAreNotCounted()
    {
        // Two real p-values: m = 2, so 0.01 → 0.02 and 0.04 → 0.04.
        var q = BenjaminiHochberg.Adjust([0.04, double.NaN, 0.01]);
        Assert.Equal(0.04, q[0], 15);
        Assert.True(double.IsNaN(q[1]));
        Assert.Equal(0.02, q[2], 15);
    }

    [Fact]
    public void BenjaminiHochberg_Ties_GetEqualAdjustedValues()
    {
        var q = BenjaminiHochberg.Adjust([0.02, 0.02, 0.02, 0.9]);
        Assert.Equal(q[0], q[1]);
        Assert.Equal(q[1], q[2]);
        Assert.Equal(0.02 * 4 / 3, q[0], 15);
    }

    [Fact]
    public void Adjust_EmptyAndSingle_ReturnedAsIs()
    {
        Assert.Empty(BenjaminiHochberg.Adjust([]));
        Assert.Empty(Holm.Adjust([]));
        Assert.Equal([0.03], BenjaminiHochberg.Adjust([0.03]));
        Assert.Equal([0.03], Holm.Adjust([0.03]));
    }

    [Fact]
    public void Holm_HandExample_StepDownWithRunningMaximum()
    {
        // Sorted 0.01, 0.02, 0.03 with m = 3: 0.03, 0.04, max(0.04, 0.03) = 0.04.
        Assert.Equal([0.04, 0.03, 0.04], Holm.Adjust([0.03, 0.01, 0.02]), new ToleranceComparer(1e-15));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Adjust_PValueOutsideUnitInterval_Throws(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BenjaminiHochberg.Adjust([0.1, bad]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Holm.Adjust([0.1, bad]));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
