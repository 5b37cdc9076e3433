using Assessment.Core.Spatial;

namespace Assessment.Core.Clustering;

/// <summary>
/// Silhouette widths (Rousseeuw 1987) with weights read as event counts: a point of weight w counts as w events at one place, so the
/// result equals scikit-learn's silhouette on the data with each point repeated w times. For point i in cluster C:
/// a = Σⱼ∈C wⱼdᵢⱼ / (W_C − 1) (its own other copies sit at distance 0), b = minimum over other clusters D of Σⱼ∈D wⱼdᵢⱼ / W_D,
/// s = (b − a) / max(a, b); s = 0 when W_C ≤ 1 (a lone event, as scikit-learn) or when a = b = 0.
/// The mean is weighted by w. Cost is quadratic in the number of points: subsample large inputs.
/// </summary>
public static class Silhouette
{
    /// <summary>Weighted mean silhouette width in [−1, 1]; 0 when the points carry no weight.</summary>
    /// <param name="points">Points in BNG metres; distances are Euclidean in metres.</param>
    /// <param name="labels">Cluster of each point, 0 or more; at least two distinct clusters.</param>
    /// <exception cref="ArgumentException">Label count differs from point count, a label is negative, or fewer than two clusters.</exception>
    public static double Score(IReadOnlyList<EventPoint> points, IReadOnlyList<int> labels)
    {
        var samples = Samples(points, labels);
        double weighted = 0, total = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            weighted += points[i].Weight * samples[i];
            total += points[i].Weight;
        }
        return total > 0 ? weighted / total : 0;
    }

    /// <summary>Silhouette width of each point, in input order, each in [−1, 1].</summary>
    /// <param name="points">Points in BNG metres; distances are Euclidean in metres.</param>
    /// <param name="labels">Cluster of each point, 0 or more; at least two distinct clusters.</param>
    /// <exception cref="ArgumentException">Label count differs from point count, a label is negative, or fewer than two clusters.</exception>
    public static IReadOnlyList<double> Samples(IReadOnlyList<EventPoint> points, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != points.Count) throw new ArgumentException($"Expected one label per point ({points.Count}), got {labels.Count}.", nameof(labels));
        if (labels.Any(l => l < 0)) throw new ArgumentException("Labels must be 0 or more (drop noise points first).", nameof(labels));
        var n = points.Count;
        var k = n == 0 ? 0 : labels.Max() + 1;
        if (labels.Distinct().Count() < 2) throw new ArgumentException("The silhouette needs at least two clusters.", nameof(labels));

        var data = PointArrays.From(points);
        var clusterWeight = new double[k];
        for (var i = 0; i < n; i++) clusterWeight[labels[i]] += data.Weight[i];

        var result = new double[n];
        Parallel.For(0, n, () => new double[k], (i, _, distanceSums) =>
        {
            Array.Clear(distanceSums);
            for (var j = 0; j < n; j++)
                distanceSums[labels[j]] += data.Weight[j] * Math.Sqrt(data.SquaredDistance(j, data.X[i], data.Y[i]));
            var own = labels[i];
            if (clusterWeight[own] <= 1) return distanceSums;
            var a = distanceSums[own] / (clusterWeight[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
                if (c != own && clusterWeight[c] > 0) b = Math.Min(b, distanceSums[c] / clusterWeight[c]);
            var scale = Math.Max(a, b);
            result[i] = scale > 0 && double.IsFinite(b) ? (b - a) / scale : 0;
            return distanceSums;
        }, _ => { });
        return result;
    }
}
