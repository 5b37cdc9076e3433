namespace Assessment.Core.Clustering;

/// <summary>
/// Greedy weighted k-means++ seeding (Arthur &amp; Vassilvitskii 2007, in scikit-learn's greedy variant): the first centre is drawn with probability ∝ weight;
/// each further centre is the best of 2 + ⌊ln k⌋ candidates drawn with probability ∝ weight × D², best meaning the one
/// that most lowers Σ weight × D².
/// </summary>
internal static class KMeansPlusPlus
{
    public static (double X, double Y)[] Seed(PointArrays points, int k, Random random)
    {
        var n = points.Count;
        var w = points.Weight;
        var centres = new (double X, double Y)[k];
        var first = Draw(w, null, w.Sum(), random);
        centres[0] = (points.X[first], points.Y[first]);

        var closest = new double[n];
        for (var i = 0; i < n; i++) closest[i] = points.SquaredDistance(i, centres[0].X, centres[0].Y);
        var trials = 2 + (int)Math.Log(k);
        var candidateDistances = new double[n];
        var bestDistances = new double[n];
        for (var c = 1; c < k; c++)
        {
            var potential = WeightedSum(w, closest);
            var bestPotential = double.PositiveInfinity;
            var bestCandidate = -1;
            for (var t = 0; t < trials; t++)
            {
                var candidate = Draw(w, closest, potential, random);
                double candidatePotential = 0;
                for (var i = 0; i < n; i++)
                {
                    candidateDistances[i] = Math.Min(closest[i], points.SquaredDistance(i, points.X[candidate], points.Y[candidate]));
                    candidatePotential += w[i] * candidateDistances[i];
                }
                if (candidatePotential < bestPotential)
                {
                    bestPotential = candidatePotential;
                    bestCandidate = candidate;
                    (bestDistances, candidateDistances) = (candidateDistances, bestDistances);
                }
            }
            centres[c] = (points.X[bestCandidate], points.Y[bestCandidate]);
            (closest, bestDistances) = (bestDistances, closest);
        }
        return centres;
    }

    /// <summary>Index drawn with probability ∝ weight × factor (factor 1 when null); <paramref name="total"/> is their sum.</summary>
    private static int Draw(double[] weight, double[]? factor, double total, Random random)
    {
        var target = random.NextDouble() * total;
        double cumulative = 0;
        var last = -1;
        for (var i = 0; i < weight.Length; i++)
        {
            var mass = factor is null ? weight[i] : weight[i] * factor[i];
            if (mass <= 0) continue;
            cumulative += mass;
            last = i;
            if (cumulative > target) return i;
        }
        // Rounding can leave the target a hair above the final cumulative sum.
        return last;
    }

    private static double WeightedSum(double[] weight, double[] values)
    {
        double sum = 0;
        for (var i = 0; i < weight.Length; i++) sum += weight[i] * values[i];
        return sum;
    }
}
