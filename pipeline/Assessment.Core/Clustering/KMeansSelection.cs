namespace Assessment.Core.Clustering;

/// <summary>The k chosen by silhouette, with every candidate for an elbow or silhouette chart.</summary>
/// <param name="Best">The candidate with the highest silhouette (ties: the smaller k).</param>
/// <param name="Candidates">All k tried, ascending.</param>
/// <param name="SampleSize">Points the silhouette was computed on.</param>
public sealed record KMeansSelection(KMeansCandidate Best, IReadOnlyList<KMeansCandidate> Candidates, int SampleSize)
{
    /// <summary>The chosen number of clusters.</summary>
    public int BestK => Best.K;

    /// <summary>The k-means fit at the chosen k.</summary>
    public KMeansModel BestModel => Best.Model;
}
