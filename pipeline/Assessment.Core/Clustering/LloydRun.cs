namespace Assessment.Core.Clustering;

/// <summary>One start of Lloyd's algorithm from given centres, with scikit-learn's stopping rules.</summary>
internal sealed class LloydRun
{
    private LloydRun((double X, double Y)[] centres, int[] labels, double[] clusterWeights, double inertia, int iterations)
    {
        Centres = centres;
        Labels = labels;
        ClusterWeights = clusterWeights;
        Inertia = inertia;
        Iterations = iterations;
    }

    public (double X, double Y)[] Centres { get; }

    public int[] Labels { get; }

    public double[] ClusterWeights { get; }

    public double Inertia { get; }

    public int Iterations { get; }

    public static LloydRun Run(PointArrays data, (double X, double Y)[] seeds, int maxIterations, double tolerance)
    {
        var n = data.Count;
        var k = seeds.Length;
        var centres = ((double X, double Y)[])seeds.Clone();
        var labels = new int[n];
        var previous = new int[n];
        Array.Fill(previous, -1);
        var sumX = new double[k];
        var sumY = new double[k];
        var weights = new double[k];
        var iterations = 0;
        var labelsStable = false;
        while (iterations < maxIterations)
        {
            iterations++;
            Assign(data, centres, labels);
            Array.Clear(sumX);
            Array.Clear(sumY);
            Array.Clear(weights);
            for (var i = 0; i < n; i++)
            {
                var w = data.Weight[i];
                sumX[labels[i]] += w * data.X[i];
                sumY[labels[i]] += w * data.Y[i];
                weights[labels[i]] += w;
            }
            RelocateEmpty(data, centres, labels, sumX, sumY, weights);
            double shift = 0;
            for (var c = 0; c < k; c++)
            {
                var moved = (sumX[c] / weights[c], sumY[c] / weights[c]);
                shift += (moved.Item1 - centres[c].X) * (moved.Item1 - centres[c].X) + (moved.Item2 - centres[c].Y) * (moved.Item2 - centres[c].Y);
                centres[c] = moved;
            }
            if (labels.AsSpan().SequenceEqual(previous))
            {
                labelsStable = true;
                break;
            }
            if (shift <= tolerance) break;
            Array.Copy(labels, previous, n);
        }
        // Centres moved after the last assignment unless the labels had settled: label against the final centres.
        if (!labelsStable) Assign(data, centres, labels);

        var clusterWeights = new double[k];
        double inertia = 0;
        for (var i = 0; i < n; i++)
        {
            clusterWeights[labels[i]] += data.Weight[i];
            inertia += data.Weight[i] * data.SquaredDistance(i, centres[labels[i]].X, centres[labels[i]].Y);
        }
        return new LloydRun(centres, labels, clusterWeights, inertia, iterations);
    }

    private static void Assign(PointArrays data, (double X, double Y)[] centres, int[] labels)
    {
        for (var i = 0; i < data.Count; i++)
        {
            var best = 0;
            var bestDistance = double.PositiveInfinity;
            for (var c = 0; c < centres.Length; c++)
            {
                var d = data.SquaredDistance(i, centres[c].X, centres[c].Y);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = c;
                }
            }
            labels[i] = best;
        }
    }

    /// <summary>An empty cluster takes over the point (of positive weight) farthest from its centre, as scikit-learn does.</summary>
    private static void RelocateEmpty(PointArrays data, (double X, double Y)[] centres, int[] labels, double[] sumX, double[] sumY, double[] weights)
    {
        for (var c = 0; c < centres.Length; c++)
        {
            if (weights[c] > 0) continue;
            var far = -1;
            var farDistance = -1.0;
            for (var i = 0; i < data.Count; i++)
            {
                if (data.Weight[i] <= 0 || weights[labels[i]] <= data.Weight[i]) continue;
                var d = data.SquaredDistance(i, centres[labels[i]].X, centres[labels[i]].Y);
                if (d > farDistance)
                {
                    farDistance = d;
                    far = i;
                }
            }
            if (far < 0) continue;
            var w = data.Weight[far];
            var from = labels[far];
            sumX[from] -= w * data.X[far];
            sumY[from] -= w * data.Y[far];
            weights[from] -= w;
            labels[far] = c;
            sumX[c] = w * data.X[far];
            sumY[c] = w * data.Y[far];
            weights[c] = w;
        }
    }
}
