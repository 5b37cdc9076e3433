namespace Assessment.Core.Spatial;

/// <summary>The Getis–Ord Gi* result for one grid cell.</summary>
/// <param name="CellIndex">Index into <see cref="SquareGrid.Cells"/>.</param>
/// <param name="Value">The cell's own count (sum of weights).</param>
/// <param name="NeighbourhoodSum">Sum of the counts of the cell and its neighbours.</param>
/// <param name="NeighbourCount">Cells in the neighbourhood, the cell itself included.</param>
/// <param name="ZScore">Gi* as a z-score: positive where counts cluster high, negative where low; 0 when undefined.</param>
/// <param name="PValue">Two-sided p from the standard normal, not corrected for multiple testing.</param>
/// <param name="QValue">
/// Benjamini–Hochberg adjusted p across all cells of the grid (false discovery rate): of <see cref="PSim"/> when the
/// result's <see cref="GiStarResult.Inference"/> is <see cref="GiStarInference.Permutation"/>, else of <see cref="PValue"/>.
/// </param>
/// <param name="Band">
/// +3/+2/+1 for a hot spot with q below 0.01/0.05/0.10 (99/95/90 % confidence after FDR correction),
/// −3/−2/−1 for a cold spot, 0 otherwise. Like ArcGIS's Gi_Bin with FDR on; unlike its raw p field.
/// </param>
public sealed record GiStarCell(int CellIndex, double Value, double NeighbourhoodSum, int NeighbourCount, double ZScore, double PValue, double QValue, int Band)
{
    /// <summary>One-sided pseudo p of the conditional permutation test (<see cref="GiStarPermutation"/>), in (0, 1]; null when it was not run.</summary>
    public double? PSim { get; init; }

    /// <summary>Random draws made for <see cref="PSim"/> (0 when it was not run or z is 0).</summary>
    public int Permutations { get; init; }

    /// <summary>Significant hot spot: z above 0 and q below <paramref name="alpha"/>.</summary>
    /// <param name="alpha">False discovery rate to test q against, e.g. 0.05.</param>
    public bool IsHot(double alpha = 0.05) => ZScore > 0 && QValue < alpha;

    /// <summary>Significant cold spot: z below 0 and q below <paramref name="alpha"/>.</summary>
    /// <param name="alpha">False discovery rate to test q against, e.g. 0.05.</param>
    public bool IsCold(double alpha = 0.05) => ZScore < 0 && QValue < alpha;
}
