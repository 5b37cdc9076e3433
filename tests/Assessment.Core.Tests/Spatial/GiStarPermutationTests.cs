using Assessment.Core.Spatial;

namespace Assessment.Core.Tests.Spatial;

public sealed class GiStarPermutationTests
{
    // Reference: make_gistar_permutation.py, esda's conditional randomisation re-done in numpy with 200,000 permutations
    // per cell on the sample's 2025 counts in a 16 × 16 block of 250 m squares.
    [Fact]
    public void Compute_SampleBlock_PSimAgreesWithReferenceWithinMonteCarloError()
    {
        var root = SpatialFixture.Load("gistar_permutation.json");
        var rows = root.GetProperty("rows").GetInt32();
        var columns = root.GetProperty("columns").GetInt32();
        var values = SpatialFixture.Doubles(root.GetProperty("values"));
        var reference = SpatialFixture.Doubles(root.GetProperty("p_sim"));
        var referenceDraws = root.GetProperty("permutations").GetInt32();
        var grid = SquareGrid.FromExtent(0, 0, columns * 250 - 1, rows * 250 - 1);

        var result = GetisOrdGiStar.Compute(grid, values, permutation: new GiStarPermutationOptions());

        Assert.Equal(SpatialFixture.Doubles(root.GetProperty("z")), result.Cells.Select(c => c.ZScore).ToArray(), new ToleranceComparer(1e-9));
        var outside = new List<string>();
        for (var i = 0; i < values.Length; i++)
        {
            var cell = result.Cells[i];
            var p = reference[i];
            var draws = cell.Permutations;
            // Five standard errors of each estimate, plus the +1 of (extreme + 1) / (draws + 1) when a cell ran to its cap.
            var allowed = 5 * Math.Sqrt(p * (1 - p) / Math.Max(draws, 1)) + 5 * Math.Sqrt(p * (1 - p) / referenceDraws) + 1.0 / (draws + 1);
            if (Math.Abs(cell.PSim!.Value - p) > allowed) outside.Add($"cell {i}: {cell.PSim} against {p} ({draws} draws, allowed ±{allowed:G3})");
        }
        Assert.Empty(outside);
        // The block mixes clear hot squares with quiet ones, so the comparison covers both tails and small p.
        Assert.Contains(reference, p => p < 0.001);
        Assert.Contains(result.Cells, c => c.ZScore < 0 && c.PSim < 0.05);
    }

    [Fact]
    public void Compute_SampleBlock_MedianAboveFiveIsNotSparse_QFromNormalP()
    {
        var root = SpatialFixture.Load("gistar_permutation.json");
        var values = SpatialFixture.Doubles(root.GetProperty("values"));
        Assert.True(root.GetProperty("median").GetDouble() >= 5);
        var grid = SquareGrid.FromExtent(0, 0, 16 * 250 - 1, 16 * 250 - 1);
        var result = GetisOrdGiStar.Compute(grid, values, permutation: new GiStarPermutationOptions());
        Assert.Equal(GiStarInference.NormalApproximation, result.Inference);
        Assert.Equal(BenjaminiHochberg.Adjust(result.Cells.Select(c => c.PValue).ToArray()), result.Cells.Select(c => c.QValue).ToArray());
    }

    [Fact]
    public void Compute_SameSeedTwice_IdenticalPSim_OtherSeedDiffers()
    {
        var grid = SquareGrid.FromExtent(0, 0, 16 * 250 - 1, 16 * 250 - 1);
        var values = SpatialFixture.Doubles(SpatialFixture.Load("gistar_permutation.json").GetProperty("values"));
        var first = GetisOrdGiStar.Compute(grid, values, permutation: new GiStarPermutationOptions { Seed = 7 });
        var second = GetisOrdGiStar.Compute(grid, values, permutation: new GiStarPermutationOptions { Seed = 7 });
        var other = GetisOrdGiStar.Compute(grid, values, permutation: new GiStarPermutationOptions { Seed = 8 });
        Assert.Equal(first.Cells.Select(c => (c.PSim, c.Permutations)), second.Cells.Select(c => (c.PSim, c.Permutations)));
        Assert.NotEqual(first.Cells.Select(c => c.PSim), other.Cells.Select(c => c.PSim));
    }

    [Fact]
    public void Compute_OneRowWithSpike_PSimMatchesExactDrawProbabilities()
    {
        // Counts 0 0 10 0 0. Cell 1 holds 0 and sees 0 and 10 (sum 10, z > 0): its two draws from {0, 10, 0, 0} reach 10
        // with probability 1 − C(3,2)/C(4,2) = 1/2. Cell 0 holds 0 and sees 0 (sum 0, z < 0): one draw from {0, 10, 0, 0}
        // is at most 0 with probability 3/4. Cell 2 holds the 10, so every draw reaches it: p = 1.
        var grid = SquareGrid.FromExtent(0, 0, 1249, 249);
        var options = new GiStarPermutationOptions { StopAfterExceedances = 4000, MaxPermutations = 100_000 };
        var result = GetisOrdGiStar.Compute(grid, [0, 0, 10, 0, 0], permutation: options);
        Assert.Equal(0.5, result.Cells[1].PSim!.Value, 0.03);
        Assert.Equal(0.75, result.Cells[0].PSim!.Value, 0.03);
        Assert.Equal(1.0, result.Cells[2].PSim);
        Assert.Equal(4000, result.Cells[2].Permutations);
    }

    [Fact]
    public void Compute_NoDrawAsExtreme_PIsOneOverCapPlusOne()
    {
        // A 0 ringed by the only eight 10s of a 10 × 10 grid: a draw reaches its sum of 80 only by picking all eight
        // 10s among the 99 other cells, a chance of 1 in C(99, 8) ≈ 1.7e11, so every draw up to the cap misses.
        var grid = SquareGrid.FromExtent(0, 0, 2499, 2499);
        var values = new double[100];
        foreach (var (dc, dr) in new[] { (-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1) })
            values[(5 + dr) * 10 + 5 + dc] = 10;
        var result = GetisOrdGiStar.Compute(grid, values, permutation: new GiStarPermutationOptions { MaxPermutations = 5000 });
        var centre = result.Cells[55];
        Assert.True(centre.ZScore > 0);
        Assert.Equal(1.0 / 5001, centre.PSim);
        Assert.Equal(5000, centre.Permutations);
    }

    [Theory]
    [InlineData(new double[] { 0, 0, 0, 0, 0, 6, 40, 6, 6 }, GiStarInference.Permutation)]
    [InlineData(new double[] { 4, 4, 4, 4, 5, 6, 40, 6, 6 }, GiStarInference.NormalApproximation)]
    public void Compute_MedianBelowFive_UsesPermutationForQAndBands_MedianFiveDoesNot(double[] values, GiStarInference expected)
    {
        var grid = SquareGrid.FromExtent(0, 0, 2249, 249);
        var result = GetisOrdGiStar.Compute(grid, values, permutation: new GiStarPermutationOptions());
        Assert.Equal(expected, result.Inference);
        // The one-sided p_sim doubled (at most 1) is two-sided, like the normal p.
        var source = expected == GiStarInference.Permutation ? result.Cells.Select(c => Math.Min(1, 2 * c.PSim!.Value)) : result.Cells.Select(c => c.PValue);
        var q = BenjaminiHochberg.Adjust(source.ToArray());
        Assert.Equal(q, result.Cells.Select(c => c.QValue).ToArray());
        Assert.Equal(result.Cells.Select(c => GetisOrdGiStar.BandOf(c.ZScore, c.QValue)), result.Cells.Select(c => c.Band));
    }

    [Fact]
    public void Compute_WithoutPermutationOptions_NoPSimAndNormalInference()
    {
        var result = GetisOrdGiStar.Compute(SquareGrid.FromExtent(0, 0, 1249, 249), [0, 0, 10, 0, 0]);
        Assert.All(result.Cells, c => Assert.Null(c.PSim));
        Assert.Equal(GiStarInference.NormalApproximation, result.Inference);
    }

    [Theory]
    [InlineData(0, null, -1.0)]
    [InlineData(20, 0, 5.0)]
    [InlineData(20, null, double.NaN)]
    public void Validate_OutOfRange_Throws(int stopAfter, int? cap, double sparse) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GiStarPermutationOptions { StopAfterExceedances = stopAfter, MaxPermutations = cap, SparseMedianBelow = sparse }.Validate());

    [Fact]
    public void MaxPermutationsFor_DefaultIsFortyPerCellAtLeast999()
    {
        var options = new GiStarPermutationOptions();
        Assert.Equal(999, options.MaxPermutationsFor(10));
        Assert.Equal(197_280, options.MaxPermutationsFor(4_932));
        // The two-sided floor 2 / (cap + 1) lets one square of 4,932 pass Benjamini–Hochberg at 5 %.
        Assert.True(4_932.0 * 2 / (options.MaxPermutationsFor(4_932) + 1) < 0.05);
    }
}
