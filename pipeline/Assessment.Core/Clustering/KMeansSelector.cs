using Assessment.Core.Spatial;

namespace Assessment.Core.Clustering;

/// <summary>Chooses k for k-means by the highest weighted mean silhouette (see <see cref="Silhouette"/>) over a range of k.</summary>
public static class KMeansSelector
{
    /// <summary>
    /// Fits k-means for each k from MinK to MaxK and keeps the best silhouette. MaxK is reduced to (distinct positions − 1)
    /// when the points have fewer places. With more points than the sample size the silhouette is computed on a seeded
    /// uniform sample of points (keeping their weights and the labels of the full fit).
    /// </summary>
    /// <param name="points">Points in BNG metres, weighted by <see cref="EventPoint.Weight"/>.</param>
    /// <param name="options">Range of k, sample size, starts and seed; null for the defaults of <see cref="KMeansSelectionOptions"/>.</param>
    /// <returns>The best candidate and every candidate tried, ascending k, with the silhouette sample size.</returns>
    /// <exception cref="ArgumentException">Fewer than MinK + 1 distinct positions of positive weight.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (MinK below 2, MaxK below MinK, a sample size below 2, or no starts).</exception>
    public static KMeansSelection Select(IReadOnlyList<EventPoint> points, KMeansSelectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        options ??= new KMeansSelectionOptions();
        options.Validate();
        var distinct = PointArrays.From(points).DistinctWeightedPositions();
        var maxK = Math.Min(options.MaxK, distinct - 1);
        if (maxK < options.MinK)
            throw new ArgumentException($"Choosing k from {options.MinK} needs at least {options.MinK + 1} distinct positions; the points have {distinct}.", nameof(points));

        var sample = SampleIndices(points.Count, options.SilhouetteSampleSize, options.Seed);
        var samplePoints = sample.Select(i => points[i]).ToArray();
        var candidates = new List<KMeansCandidate>();
        for (var k = options.MinK; k <= maxK; k++)
        {
            var model = KMeansEstimator.Fit(points, new KMeansOptions(k) { Restarts = options.Restarts, Seed = options.Seed });
            var sampleLabels = sample.Select(i => model.Labels[i]).ToArray();
            var score = sampleLabels.Distinct().Count() < 2 ? 0 : Silhouette.Score(samplePoints, sampleLabels);
            candidates.Add(new KMeansCandidate(k, score, model.Inertia, model));
        }
        var best = candidates[0];
        foreach (var c in candidates)
            if (c.Silhouette > best.Silhouette) best = c;
        return new KMeansSelection(best, candidates, sample.Length);
    }

    /// <summary>All indices when n ≤ size, else a seeded uniform sample without replacement, ascending.</summary>
    internal static int[] SampleIndices(int n, int size, int seed)
    {
        var all = Enumerable.Range(0, n).ToArray();
        if (n <= size) return all;
        var random = new Random(seed);
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }
        var chosen = all[..size];
        Array.Sort(chosen);
        return chosen;
    }
}
