namespace Assessment.Core.Spatial;

/// <summary>A static two-dimensional k-d tree for nearest-neighbour queries (median splits, alternating axes).</summary>
internal sealed class KdTree
{
    private readonly double[] x;
    private readonly double[] y;
    private readonly int[] nodes;

    public KdTree(double[] x, double[] y)
    {
        this.x = x;
        this.y = y;
        nodes = Enumerable.Range(0, x.Length).ToArray();
        var keys = new double[x.Length];
        Build(0, x.Length, 0, keys);
    }

    /// <summary>Index and distance of the nearest point other than <paramref name="self"/>; (−1, ∞) when there is none.</summary>
    public (int Index, double Distance) NearestOther(int self)
    {
        var best = -1;
        var bestSquared = double.PositiveInfinity;
        Search(0, nodes.Length, 0, x[self], y[self], self, ref best, ref bestSquared);
        return (best, Math.Sqrt(bestSquared));
    }

    private void Build(int lo, int hi, int depth, double[] keys)
    {
        if (hi - lo <= 1) return;
        var axis = depth % 2 == 0 ? x : y;
        for (var i = lo; i < hi; i++) keys[i] = axis[nodes[i]];
        keys.AsSpan(lo, hi - lo).Sort(nodes.AsSpan(lo, hi - lo));
        var mid = (lo + hi) / 2;
        Build(lo, mid, depth + 1, keys);
        Build(mid + 1, hi, depth + 1, keys);
    }

    private void Search(int lo, int hi, int depth, double qx, double qy, int self, ref int best, ref double bestSquared)
    {
        if (lo >= hi) return;
        var mid = (lo + hi) / 2;
        var p = nodes[mid];
        if (p != self)
        {
            double dx = x[p] - qx, dy = y[p] - qy;
            var d = dx * dx + dy * dy;
            if (d < bestSquared)
            {
                bestSquared = d;
                best = p;
            }
        }
        var diff = depth % 2 == 0 ? qx - x[p] : qy - y[p];
        if (diff < 0)
        {
            Search(lo, mid, depth + 1, qx, qy, self, ref best, ref bestSquared);
            if (diff * diff < bestSquared) Search(mid + 1, hi, depth + 1, qx, qy, self, ref best, ref bestSquared);
        }
        else
        {
            Search(mid + 1, hi, depth + 1, qx, qy, self, ref best, ref bestSquared);
            if (diff * diff < bestSquared) Search(lo, mid, depth + 1, qx, qy, self, ref best, ref bestSquared);
        }
    }
}
