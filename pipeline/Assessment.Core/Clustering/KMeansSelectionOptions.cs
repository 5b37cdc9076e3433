namespace Assessment.Core.Clustering;

/// <summary>Settings for <see cref="KMeansSelector.Select"/>, checked when the selection starts.</summary>
public sealed record KMeansSelectionOptions
{
    /// <summary>Smallest k tried, at least 2 (the silhouette needs two clusters).</summary>
    public int MinK { get; init; } = 2;

    /// <summary>Largest k tried; reduced to one less than the number of distinct positions when there are fewer.</summary>
    public int MaxK { get; init; } = 10;

    /// <summary>Points used for the silhouette: a seeded uniform sample (without replacement) when there are more.</summary>
    public int SilhouetteSampleSize { get; init; } = 5000;

    /// <summary>Starts per k (see <see cref="KMeansOptions.Restarts"/>).</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>Seed for k-means and for the silhouette sample.</summary>
    public int Seed { get; init; }

    internal void Validate()
    {
        if (MinK < 2) throw new ArgumentOutOfRangeException(nameof(MinK), MinK, "MinK must be at least 2.");
        if (MaxK < MinK) throw new ArgumentOutOfRangeException(nameof(MaxK), MaxK, $"MaxK must be at least MinK ({MinK}).");
        if (SilhouetteSampleSize < 2) throw new ArgumentOutOfRangeException(nameof(SilhouetteSampleSize), SilhouetteSampleSize, "The silhouette sample needs at least 2 points.");
    }
}
