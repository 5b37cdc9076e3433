using MathNet.Numerics;

namespace Assessment.Core.Spatial;

/// <summary>
/// Getis–Ord Gi* hot spot statistic (Getis &amp; Ord 1992; the standardised form of Ord &amp; Getis 1995) on a square grid
/// with binary weights:
/// Gᵢ* = [Σⱼ wᵢⱼxⱼ − X̄ Σⱼ wᵢⱼ] / (S √{[n Σⱼ wᵢⱼ² − (Σⱼ wᵢⱼ)²] / (n − 1)}), j running over cell i and its neighbours,
/// X̄ and S the mean and population standard deviation of all n cells' counts (empty cells count as 0).
/// Gᵢ* is read as a z-score; p is two-sided from the standard normal. With permutation options every cell also gets the
/// conditional permutation test's pseudo p (<see cref="GiStarPermutation"/>), and when the grid is sparse (median cell
/// value below <see cref="GiStarPermutationOptions.SparseMedianBelow"/>) q and the bands come from it instead of p.
/// q is Benjamini–Hochberg (1995) across the n cells.
/// Where the statistic is undefined (one cell, all counts equal, or a neighbourhood spanning every cell) z is 0 and p is 1.
/// </summary>
public static class GetisOrdGiStar
{
    /// <summary>Gi* for grid counts; the neighbourhood defaults to queen contiguity.</summary>
    /// <param name="counts">Events per cell from <see cref="SquareGrid.Count"/>.</param>
    /// <param name="neighbourhood">Which cells are neighbours; null for <see cref="GiStarNeighbourhood.QueenContiguity"/>.</param>
    /// <param name="permutation">Permutation test settings; null for the normal approximation alone (no <see cref="GiStarCell.PSim"/>).</param>
    /// <returns>One <see cref="GiStarCell"/> per grid cell, in <see cref="SquareGrid.Cells"/> order, with the mean and standard deviation used.</returns>
    /// <exception cref="ArgumentException">A cell value is not finite.</exception>
    public static GiStarResult Compute(GridCounts counts, GiStarNeighbourhood? neighbourhood = null, GiStarPermutationOptions? permutation = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Compute(counts.Grid, counts.Values, neighbourhood, permutation);
    }

    /// <summary>Gi* for one value per cell of <paramref name="grid"/> (e.g. counts, or harm totals).</summary>
    /// <param name="grid">The grid; its excluded cells take no part.</param>
    /// <param name="values">One value per cell of <see cref="SquareGrid.Cells"/>, in that order, finite (negative values are allowed).</param>
    /// <param name="neighbourhood">Which cells are neighbours; null for <see cref="GiStarNeighbourhood.QueenContiguity"/>.</param>
    /// <param name="permutation">Permutation test settings; null for the normal approximation alone (no <see cref="GiStarCell.PSim"/>).</param>
    /// <returns>One <see cref="GiStarCell"/> per grid cell, in <see cref="SquareGrid.Cells"/> order, with the mean and standard deviation used.</returns>
    /// <exception cref="ArgumentException">Values do not match the grid's cells, or one is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A permutation setting is out of range.</exception>
    public static GiStarResult Compute(SquareGrid grid, IReadOnlyList<double> values, GiStarNeighbourhood? neighbourhood = null, GiStarPermutationOptions? permutation = null)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(values);
        neighbourhood ??= GiStarNeighbourhood.QueenContiguity;
        var n = grid.Cells.Count;
        if (values.Count != n) throw new ArgumentException($"Expected one value per grid cell ({n}), got {values.Count}.", nameof(values));
        if (n == 0) return new GiStarResult(grid, neighbourhood, [], 0, 0);

        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = values[i];
            if (!double.IsFinite(x[i])) throw new ArgumentException($"Cell {i} has a value that is not finite ({x[i]}).", nameof(values));
        }
        var mean = x.Sum() / n;
        var allEqual = x.All(v => v == x[0]);
        // Two-pass variance: the textbook Σx²/n − X̄² loses digits when counts are large.
        var sd = allEqual ? 0 : Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / n);

        var offsets = neighbourhood.Offsets(grid.CellSize);
        var lagSums = new double[n];
        var weightSums = new int[n];
        var z = new double[n];
        var p = new double[n];
        for (var i = 0; i < n; i++)
        {
            var cell = grid.Cells[i];
            double lag = 0;
            var w = 0;
            foreach (var (dc, dr) in offsets)
            {
                var j = grid.IndexAt(cell.Column + dc, cell.Row + dr);
                if (j < 0) continue;
                lag += x[j];
                w++;
            }
            lagSums[i] = lag;
            weightSums[i] = w;
            // Binary weights: Σw² equals Σw.
            var spread = ((double)n * w - (double)w * w) / (n - 1);
            if (allEqual || n < 2 || spread <= 0)
            {
                z[i] = 0;
                p[i] = 1;
                continue;
            }
            z[i] = (lag - mean * w) / (sd * Math.Sqrt(spread));
            p[i] = SpecialFunctions.Erfc(Math.Abs(z[i]) / Math.Sqrt(2));
        }

        var (pSim, draws) = permutation is null ? (null, null) : GiStarPermutation.PseudoPValues(x, lagSums, weightSums, z, permutation);
        var inference = pSim is not null && IsSparse(x, permutation!) ? GiStarInference.Permutation : GiStarInference.NormalApproximation;
        // p_sim is one-sided in the direction z points, a tail chosen from the data: doubled (at most 1) it is two-sided,
        // as the normal p is, so "95 %" means the same on sparse and dense grids.
        var q = BenjaminiHochberg.Adjust(inference == GiStarInference.Permutation ? [.. pSim!.Select(TwoSided)] : p);
        var cells = new GiStarCell[n];
        for (var i = 0; i < n; i++)
            cells[i] = new GiStarCell(i, x[i], lagSums[i], weightSums[i], z[i], p[i], q[i], BandOf(z[i], q[i])) { PSim = pSim?[i], Permutations = draws?[i] ?? 0 };
        return new GiStarResult(grid, neighbourhood, cells, mean, sd) { Inference = inference };
    }

    /// <summary>A two-sided p from a one-sided p in the direction of the observed statistic: min(1, 2p).</summary>
    internal static double TwoSided(double oneSided) => Math.Min(1, 2 * oneSided);

    /// <summary>True when the median cell value is below the sparse threshold.</summary>
    internal static bool IsSparse(IReadOnlyList<double> values, GiStarPermutationOptions options)
    {
        var sorted = values.Order().ToArray();
        var m = sorted.Length;
        var median = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
        return median < options.SparseMedianBelow;
    }

    /// <summary>±3/±2/±1 for q below 0.01/0.05/0.10, signed by z; 0 otherwise.</summary>
    internal static int BandOf(double z, double q)
    {
        var magnitude = q < 0.01 ? 3 : q < 0.05 ? 2 : q < 0.10 ? 1 : 0;
        return z > 0 ? magnitude : z < 0 ? -magnitude : 0;
    }
}
