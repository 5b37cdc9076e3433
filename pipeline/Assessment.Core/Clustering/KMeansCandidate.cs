namespace Assessment.Core.Clustering;

/// <summary>One k tried by <see cref="KMeansSelector"/>.</summary>
/// <param name="K">Number of clusters.</param>
/// <param name="Silhouette">Weighted mean silhouette width (on the sample when subsampled).</param>
/// <param name="Inertia">Weighted within-cluster sum of squares, m².</param>
/// <param name="Model">The fit.</param>
public sealed record KMeansCandidate(int K, double Silhouette, double Inertia, KMeansModel Model);
