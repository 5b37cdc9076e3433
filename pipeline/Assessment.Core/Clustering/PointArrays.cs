using Assessment.Core.Spatial;

namespace Assessment.Core.Clustering;

/// <summary>Coordinates and weights copied out of event points into flat arrays, for tight loops.</summary>
internal sealed class PointArrays
{
    private PointArrays(double[] x, double[] y, double[] weight)
    {
        X = x;
        Y = y;
        Weight = weight;
    }

    public double[] X { get; }

    public double[] Y { get; }

    public double[] Weight { get; }

    public int Count => X.Length;

    public static PointArrays From(IReadOnlyList<EventPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Count;
        var x = new double[n];
        var y = new double[n];
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            var p = points[i];
            x[i] = p.Easting;
            y[i] = p.Northing;
            w[i] = p.Weight;
        }
        return new PointArrays(x, y, w);
    }

    /// <summary>Number of distinct positions among points of positive weight.</summary>
    public int DistinctWeightedPositions()
    {
        var seen = new HashSet<(double, double)>();
        for (var i = 0; i < Count; i++)
            if (Weight[i] > 0) seen.Add((X[i], Y[i]));
        return seen.Count;
    }

    public double SquaredDistance(int i, double x, double y)
    {
        var dx = X[i] - x;
        var dy = Y[i] - y;
        return dx * dx + dy * dy;
    }
}
