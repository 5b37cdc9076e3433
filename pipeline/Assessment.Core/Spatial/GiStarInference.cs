namespace Assessment.Core.Spatial;

/// <summary>Which p-values a Gi* result's q-values and bands come from.</summary>
public enum GiStarInference
{
    /// <summary>The two-sided p of Gi*'s z under the standard normal.</summary>
    NormalApproximation,

    /// <summary>The pseudo p of the conditional permutation test (<see cref="GiStarCell.PSim"/>), used when the grid is sparse.</summary>
    Permutation,
}
