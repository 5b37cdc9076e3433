namespace Assessment.Core.Spatial;

/// <summary>
/// Settings of Gi*'s conditional permutation test (<see cref="GiStarPermutation"/>) and of the rule that decides when
/// its pseudo p-values, rather than the normal approximation, set the bands.
/// </summary>
public sealed record GiStarPermutationOptions
{
    /// <summary>
    /// The grid is sparse, and the bands come from the permutation test, when the median cell value is below this
    /// (default 5 events). Gi*'s normal approximation treats a neighbourhood's sum as normal; with most squares empty
    /// or nearly so the counts are so skewed that it is not, and a square with a few events among empty ones gets a
    /// z of 40 or more. Five is the usual rule of thumb for a count to be treated as normal (as for the expected
    /// counts of a chi-square test). On 250 m squares almost every district is sparse (Canterbury's median is 0);
    /// a dense city centre such as the City of London is not.
    /// </summary>
    public double SparseMedianBelow { get; init; } = 5;

    /// <summary>
    /// A cell's drawing stops once this many draws have been at least as extreme as the observed value (default 20),
    /// and its p is this number over the draws made (Besag and Clifford 1991, sequential Monte Carlo p-values). Cells
    /// far from significance stop after a few dozen draws; the few that matter get many.
    /// </summary>
    public int StopAfterExceedances { get; init; } = 20;

    /// <summary>
    /// Most draws for one cell; null (default) for 40 × the number of cells (at least 999), so that the smallest
    /// attainable two-sided p, 2 / (draws + 1), is below 0.05 / cells and one square can reach the 95 % band after
    /// Benjamini–Hochberg on its own (five such squares reach 99 %; the 99 % band therefore also depends on the cap).
    /// esda's fixed 999 permutations give no p below 0.001, which Benjamini–Hochberg over a district's thousands of
    /// squares can never call significant.
    /// </summary>
    public int? MaxPermutations { get; init; }

    /// <summary>Seed of the random draws (default 20250101): the same values give the same p-values, on any number of threads.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>The cap on draws for a grid of <paramref name="cells"/> cells.</summary>
    /// <param name="cells">Cells taking part, 0 or more.</param>
    public int MaxPermutationsFor(int cells) => MaxPermutations ?? (int)Math.Min(int.MaxValue - 1, Math.Max(999, 40L * cells));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (!double.IsFinite(SparseMedianBelow) || SparseMedianBelow < 0)
            throw new ArgumentOutOfRangeException(nameof(SparseMedianBelow), SparseMedianBelow, "The sparse threshold must be a finite number of events, zero or more.");
        if (StopAfterExceedances < 1) throw new ArgumentOutOfRangeException(nameof(StopAfterExceedances), StopAfterExceedances, "Stop after at least one exceedance.");
        if (MaxPermutations is < 1 or int.MaxValue) throw new ArgumentOutOfRangeException(nameof(MaxPermutations), MaxPermutations, "Draw at least one permutation per cell, and fewer than int.MaxValue.");
    }
}
