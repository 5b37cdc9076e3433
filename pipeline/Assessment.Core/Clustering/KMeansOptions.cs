namespace Assessment.Core.Clustering;

/// <summary>
/// Settings for <see cref="KMeansEstimator.Fit"/>; defaults follow scikit-learn's KMeans. The init-only settings are
/// checked when the fit starts, which throws <see cref="ArgumentOutOfRangeException"/> for a bad one.
/// </summary>
public sealed record KMeansOptions
{
    /// <summary>Settings for k clusters, other settings at their defaults.</summary>
    /// <param name="k">Number of clusters, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1.</exception>
    public KMeansOptions(int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k-means needs at least one cluster.");
        K = k;
    }

    /// <summary>Number of clusters.</summary>
    public int K { get; }

    /// <summary>Independent k-means++ starts; the fit with the lowest inertia is kept. At least 1.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>Lloyd iterations allowed per start. At least 1.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>
    /// Convergence: stop when the summed squared centroid movement is at most Tolerance × the mean of the coordinates'
    /// variances (scikit-learn's rule), or when no label changes.
    /// </summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Seed of the random generator; the same seed and data give the same model.</summary>
    public int Seed { get; init; }

    internal void Validate()
    {
        if (Restarts < 1) throw new ArgumentOutOfRangeException(nameof(Restarts), Restarts, "At least one start is needed.");
        if (MaxIterations < 1) throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "At least one iteration is needed.");
        if (!(Tolerance >= 0) || !double.IsFinite(Tolerance)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be finite and not negative.");
    }
}
