using System.Text.Json;
using Assessment.Core.Spatial;
using NetTopologySuite.Geometries;

namespace Assessment.Core.Tests.Spatial;

public sealed class GetisOrdGiStarTests
{
    // Reference: make_fixtures.py, Gi* from the formula with a dense numpy weights matrix, p from scipy.stats.norm, BH in numpy.
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("queen")]
    [InlineData("band600")]
    [InlineData("boundaryQueen")]
    public void Compute_FixtureCase_MatchesNumpyReferenceTo1e9(string name)
    {
        var root = SpatialFixture.Load("gistar.json");
        var points = SpatialFixture.Points(root.GetProperty("points"));
        var fixture = SpatialFixture.Case("gistar.json", name);
        var grid = fixture.GetProperty("polygon").ValueKind == JsonValueKind.Null
            ? SquareGrid.Covering(points)
            : SquareGrid.Covering(Polygon(fixture.GetProperty("polygon")));
        var neighbourhood = fixture.GetProperty("distanceBand").ValueKind == JsonValueKind.Null
            ? GiStarNeighbourhood.QueenContiguity
            : GiStarNeighbourhood.WithinDistance(fixture.GetProperty("distanceBand").GetDouble());

        var counts = grid.Count(points);
        var result = GetisOrdGiStar.Compute(counts, neighbourhood);

        Assert.Equal(fixture.GetProperty("originEasting").GetDouble(), grid.OriginEasting);
        Assert.Equal(fixture.GetProperty("originNorthing").GetDouble(), grid.OriginNorthing);
        Assert.Equal(fixture.GetProperty("columns").GetInt32(), grid.Columns);
        Assert.Equal(fixture.GetProperty("rows").GetInt32(), grid.Rows);
        var cells = fixture.GetProperty("cells").EnumerateArray().Select(c => (c[0].GetInt32(), c[1].GetInt32())).ToArray();
        Assert.Equal(cells, grid.Cells.Select(c => (c.Column, c.Row)).ToArray());
        Assert.Equal(SpatialFixture.Doubles(fixture.GetProperty("counts")), counts.Values);
        Assert.Equal(fixture.GetProperty("pointsOutside").GetInt32(), counts.PointsOutside);
        AssertClose(SpatialFixture.Doubles(fixture.GetProperty("z")), result.Cells.Select(c => c.ZScore));
        AssertClose(SpatialFixture.Doubles(fixture.GetProperty("p")), result.Cells.Select(c => c.PValue));
        AssertClose(SpatialFixture.Doubles(fixture.GetProperty("q")), result.Cells.Select(c => c.QValue));
        Assert.Contains(result.Cells, c => c.Band == 3);
    }

    [Fact]
    public void Compute_OneRowWithSpike_MatchesHandCalculation()
    {
        // Counts 0 0 10 0 0: X̄ = 2, S = √(100/5 − 4) = 4. Middle three cells have 3 neighbours (self included) summing to 10:
        // z = (10 − 2·3) / (4·√((5·3 − 9)/4)) = 1/√1.5. End cells: z = (0 − 2·2) / (4·√((5·2 − 4)/4)) = −1/√1.5.
        var grid = SquareGrid.FromExtent(0, 0, 1249, 249);
        var result = GetisOrdGiStar.Compute(grid, [0, 0, 10, 0, 0]);
        var expected = 1 / Math.Sqrt(1.5);
        Assert.Equal([-expected, expected, expected, expected, -expected], result.Cells.Select(c => c.ZScore).ToArray(), new ToleranceComparer(1e-12));
        Assert.Equal(2, result.Mean);
        Assert.Equal(4, result.StandardDeviation, 1e-12);
        Assert.Equal(2 * (1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, expected)), result.Cells[2].PValue, 1e-12);
        Assert.Equal([2, 3, 3, 3, 2], result.Cells.Select(c => c.NeighbourCount).ToArray());
        Assert.Equal(10, result.Cells[1].NeighbourhoodSum);
    }

    [Fact]
    public void Compute_SingleCell_ZeroZAndPOne()
    {
        var points = new[] { new EventPoint(615_010, 157_020, 7) };
        var result = GetisOrdGiStar.Compute(SquareGrid.Covering(points).Count(points));
        var cell = Assert.Single(result.Cells);
        Assert.Equal((0.0, 1.0, 1.0, 0), (cell.ZScore, cell.PValue, cell.QValue, cell.Band));
    }

    [Fact]
    public void Compute_AllZeros_ZeroZEverywhere()
    {
        var grid = SquareGrid.FromExtent(0, 0, 999, 999);
        var result = GetisOrdGiStar.Compute(grid, new double[16]);
        Assert.All(result.Cells, c => Assert.Equal((0.0, 1.0, 0), (c.ZScore, c.PValue, c.Band)));
    }

    [Fact]
    public void Compute_AllPointsOnOneSnapPoint_OnlyTheirNeighbourhoodIsHot()
    {
        var points = Enumerable.Repeat(new EventPoint(1_100, 1_100), 50).ToArray();
        var grid = SquareGrid.FromExtent(0, 0, 2_499, 2_499);
        var result = GetisOrdGiStar.Compute(grid.Count(points));
        grid.TryLocate(1_100, 1_100, out var hot);
        Assert.True(result.Cells[hot].ZScore > 3);
        Assert.Equal(9, result.Cells.Count(c => c.ZScore > 0));
        Assert.All(result.Cells.Where(c => c.NeighbourhoodSum == 0), c => Assert.True(c.ZScore < 0));
    }

    [Fact]
    public void Compute_NeighbourhoodSpanningEveryCell_IsUndefinedSoZero()
    {
        // 2 × 2 grid: each queen neighbourhood is the whole grid, so n·Σw − (Σw)² = 0.
        var result = GetisOrdGiStar.Compute(SquareGrid.FromExtent(0, 0, 499, 499), [1, 2, 3, 10]);
        Assert.All(result.Cells, c => Assert.Equal(0, c.ZScore));
    }

    [Fact]
    public void Compute_BoundaryHoldingNoCellCentre_EmptyResult()
    {
        // The triangle lies inside one 250 m cell without reaching its centre (125, 125), so no cell takes part.
        var triangle = new GeometryFactory(new PrecisionModel(), 27700).CreatePolygon([new(10, 10), new(60, 10), new(10, 60), new(10, 10)]);
        var grid = SquareGrid.Covering(triangle);
        Assert.Empty(grid.Cells);
        var counts = grid.Count([new EventPoint(20, 20, 3)]);
        Assert.Equal((1, 3.0), (counts.PointsOutside, counts.WeightOutside));
        Assert.Empty(GetisOrdGiStar.Compute(counts).Cells);
    }

    [Fact]
    public void Compute_WrongNumberOfValues_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => GetisOrdGiStar.Compute(SquareGrid.FromExtent(0, 0, 499, 499), [1, 2, 3]));

    [Theory]
    [InlineData(2.0, 0.009, 3)]
    [InlineData(2.0, 0.01, 2)]
    [InlineData(2.0, 0.049, 2)]
    [InlineData(2.0, 0.05, 1)]
    [InlineData(2.0, 0.0999, 1)]
    [InlineData(2.0, 0.1, 0)]
    [InlineData(-2.0, 0.009, -3)]
    [InlineData(-2.0, 0.07, -1)]
    [InlineData(0.0, 0.001, 0)]
    public void BandOf_QThresholds_GiveArcGisStyleBins(double z, double q, int expected) =>
        Assert.Equal(expected, GetisOrdGiStar.BandOf(z, q));

    [Theory]
    [InlineData(null, 9)]
    [InlineData(353.5533905932738, 9)]
    [InlineData(249.0, 1)]
    [InlineData(250.0, 5)]
    [InlineData(500.0, 13)]
    public void Offsets_Neighbourhood_CountsCellsWithinBand(double? band, int expected)
    {
        var neighbourhood = band is { } d ? GiStarNeighbourhood.WithinDistance(d) : GiStarNeighbourhood.QueenContiguity;
        Assert.Equal(expected, neighbourhood.Offsets(250).Count);
    }

    [Fact]
    public void BenjaminiHochberg_HandExample_MatchesStepUpRule()
    {
        // Sorted .005 .03 .04 .5 → ×4/rank: .02 .06 .0533 .5 → running minimum from the top: .02 .0533 .0533 .5.
        var q = BenjaminiHochberg.Adjust([0.005, 0.04, 0.03, 0.5]);
        Assert.Equal([0.02, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5], q, new ToleranceComparer(1e-15));
        Assert.Empty(BenjaminiHochberg.Adjust([]));
    }

    private static Polygon Polygon(JsonElement ring) =>
        new GeometryFactory(new PrecisionModel(), 27700).CreatePolygon(ring.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray());

    private static void AssertClose(double[] expected, IEnumerable<double> actual)
    {
        var values = actual.ToArray();
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < values.Length; i++)
            Assert.True(Math.Abs(expected[i] - values[i]) <= Tolerance, $"cell {i}: expected {expected[i]:R}, got {values[i]:R}");
    }
}
