namespace Assessment.Core.Spatial;

/// <summary>
/// Conditional permutation inference for Gi* (Anselin 1995; as esda's <c>G_Local(star=True)</c> does it): for each cell,
/// its own value is held and the values of its w − 1 neighbours are drawn at random, without replacement, from the
/// other n − 1 cells; the neighbourhood sums so drawn form the cell's reference distribution. The pseudo p is
/// one-sided in the direction of z, counting ties as extreme: for z &gt; 0 the share of draws whose sum is at least
/// the observed one, for z &lt; 0 at most (esda's <c>alternative="greater"</c> and <c>"lesser"</c>; its default,
/// "directed", picks the tail by where most draws fall and counts the lower tail strictly, which on a mostly empty grid
/// makes every empty neighbourhood a significant cold spot). Drawing is sequential (Besag and Clifford 1991): it stops
/// after <see cref="GiStarPermutationOptions.StopAfterExceedances"/> extreme draws with p = h / draws, or at the cap
/// with p = (extreme + 1) / (draws + 1), esda's formula.
/// </summary>
public static class GiStarPermutation
{
    // Sums of the same values in another order can differ in the last bits; such a draw is a tie, not a miss.
    private const double RelativeTieTolerance = 1e-9;

    /// <summary>Pseudo p-values for every cell.</summary>
    /// <param name="values">One finite value per cell, n of them.</param>
    /// <param name="neighbourhoodSums">Each cell's observed neighbourhood sum (itself included).</param>
    /// <param name="neighbourCounts">Each cell's neighbourhood size w (itself included), 1 to n.</param>
    /// <param name="z">Each cell's Gi* z: its sign picks the tail; 0 gives p = 1 without drawing.</param>
    /// <param name="options">Cap, stopping rule and seed.</param>
    /// <returns>Per cell, the pseudo p (in (0, 1]) and the number of draws made.</returns>
    public static (double[] P, int[] Draws) PseudoPValues(IReadOnlyList<double> values, IReadOnlyList<double> neighbourhoodSums, IReadOnlyList<int> neighbourCounts, IReadOnlyList<double> z, GiStarPermutationOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(neighbourhoodSums);
        ArgumentNullException.ThrowIfNull(neighbourCounts);
        ArgumentNullException.ThrowIfNull(z);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = values.Count;
        if (neighbourhoodSums.Count != n || neighbourCounts.Count != n || z.Count != n)
            throw new ArgumentException($"Expected {n} neighbourhood sums, sizes and z-scores, one per cell.");
        var x = values.ToArray();
        var cap = options.MaxPermutationsFor(n);
        var p = new double[n];
        var draws = new int[n];
        // Each cell has its own generator, seeded from the seed and its index, so threads cannot change the result.
        Parallel.For(0, n, i =>
        {
            (p[i], draws[i]) = z[i] == 0 || neighbourCounts[i] >= n
                ? (1.0, 0)
                : ForCell(x, i, neighbourhoodSums[i], neighbourCounts[i] - 1, z[i] > 0, cap, options.StopAfterExceedances, SplitMix64.Mix((ulong)(uint)options.Seed << 32 | (uint)i));
        });
        return (p, draws);
    }

    private static (double P, int Draws) ForCell(double[] x, int cell, double observed, int drawn, bool upper, int cap, int stopAfter, ulong seed)
    {
        var others = x.Length - 1;
        var random = new SplitMix64(seed);
        var tolerance = RelativeTieTolerance * Math.Max(1, Math.Abs(observed));
        Span<int> chosen = drawn <= 256 ? stackalloc int[drawn] : new int[drawn];
        var extreme = 0;
        for (var draw = 1; draw <= cap; draw++)
        {
            var sum = x[cell];
            // Floyd's algorithm: a uniform random set of `drawn` of the other cells' positions, with no state between draws.
            for (int j = others - drawn, c = 0; j < others; j++, c++)
            {
                var t = (int)random.Below((uint)(j + 1));
                if (chosen[..c].Contains(t)) t = j;
                chosen[c] = t;
                // Positions skip the cell itself.
                sum += x[t >= cell ? t + 1 : t];
            }
            if (upper ? sum >= observed - tolerance : sum <= observed + tolerance) extreme++;
            if (extreme == stopAfter) return ((double)stopAfter / draw, draw);
        }
        return ((extreme + 1.0) / (cap + 1.0), cap);
    }
}
