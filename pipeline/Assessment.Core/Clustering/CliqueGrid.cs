namespace Assessment.Core.Clustering;

/// <summary>
/// A uniform grid index for fixed-radius neighbour queries with radius eps. Cells have side just under eps/√2, so any two
/// points in one cell are within eps of each other (a clique) and all neighbours of a point lie in the 5 × 5 block of
/// cells around its own. Points are stored sorted by cell, so a cell's points are one contiguous run.
/// </summary>
internal sealed class CliqueGrid
{
    // Shrinks cells a little so that rounding in the cell assignment can never break the clique property.
    private const double Shrink = 1 - 1e-9;

    private readonly long[] cellKeys;
    private readonly long columns;

    private CliqueGrid(double[] x, double[] y, double[] weight, int[] original, int[] cellStart, double[] cellWeight, long[] cellKeys, long columns, int[] neighbourStart, int[] neighbours)
    {
        this.cellKeys = cellKeys;
        this.columns = columns;
        X = x;
        Y = y;
        Weight = weight;
        Original = original;
        CellStart = cellStart;
        CellWeight = cellWeight;
        NeighbourStart = neighbourStart;
        Neighbours = neighbours;
    }

    /// <summary>Coordinates and weights in cell order.</summary>
    public double[] X { get; }

    public double[] Y { get; }

    public double[] Weight { get; }

    /// <summary>Input index of each sorted point.</summary>
    public int[] Original { get; }

    /// <summary>Cell c holds sorted points CellStart[c] … CellStart[c + 1] − 1.</summary>
    public int[] CellStart { get; }

    public double[] CellWeight { get; }

    /// <summary>Occupied cells near cell c (itself excluded): Neighbours[NeighbourStart[c] … NeighbourStart[c + 1] − 1], ascending.</summary>
    public int[] NeighbourStart { get; }

    public int[] Neighbours { get; }

    public int CellCount => CellWeight.Length;

    public static CliqueGrid Build(PointArrays points, double eps)
    {
        var n = points.Count;
        var side = eps / Math.Sqrt(2) * Shrink;
        double minX = points.X.Min(), minY = points.Y.Min();
        double spanX = Math.Floor((points.X.Max() - minX) / side) + 1, spanY = Math.Floor((points.Y.Max() - minY) / side) + 1;
        if (spanX * spanY > 4e18) throw new ArgumentException($"eps = {eps} m is too small for the points' extent; check the coordinates are metres.");
        var columns = (long)spanX;

        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = (long)Math.Floor((points.Y[i] - minY) / side) * columns + (long)Math.Floor((points.X[i] - minX) / side);
            order[i] = i;
        }
        Array.Sort(keys, order);

        var x = new double[n];
        var y = new double[n];
        var w = new double[n];
        var starts = new List<int>();
        var cellKeys = new List<long>();
        var cellWeights = new List<double>();
        for (var i = 0; i < n; i++)
        {
            x[i] = points.X[order[i]];
            y[i] = points.Y[order[i]];
            w[i] = points.Weight[order[i]];
            if (i == 0 || keys[i] != keys[i - 1])
            {
                starts.Add(i);
                cellKeys.Add(keys[i]);
                cellWeights.Add(0);
            }
            cellWeights[^1] += w[i];
        }
        starts.Add(n);

        var (neighbourStart, neighbours) = FindNeighbours(cellKeys, columns);
        return new CliqueGrid(x, y, w, order, starts.ToArray(), cellWeights.ToArray(), cellKeys.ToArray(), columns, neighbourStart, neighbours);
    }

    private static (int[] Start, int[] Cells) FindNeighbours(List<long> cellKeys, long columns)
    {
        var byKey = new Dictionary<long, int>(cellKeys.Count);
        for (var c = 0; c < cellKeys.Count; c++) byKey[cellKeys[c]] = c;
        var start = new int[cellKeys.Count + 1];
        var cells = new List<int>(cellKeys.Count * 8);
        for (var c = 0; c < cellKeys.Count; c++)
        {
            start[c] = cells.Count;
            var row = cellKeys[c] / columns;
            var column = cellKeys[c] % columns;
            // Keys grow row by row, then column by column, so this visits neighbours in ascending cell order.
            for (var dr = -2; dr <= 2; dr++)
            {
                for (var dc = -2; dc <= 2; dc++)
                {
                    if ((dr == 0 && dc == 0) || column + dc < 0 || column + dc >= columns) continue;
                    if (byKey.TryGetValue((row + dr) * columns + column + dc, out var other)) cells.Add(other);
                }
            }
        }
        start[cellKeys.Count] = cells.Count;
        return (start, cells.ToArray());
    }

    /// <summary>True when two cells share an edge or a corner (rather than lying in the outer ring of each other's 5 × 5 block).</summary>
    public bool IsAdjacent(int a, int b) =>
        Math.Abs(cellKeys[a] / columns - cellKeys[b] / columns) <= 1 && Math.Abs(cellKeys[a] % columns - cellKeys[b] % columns) <= 1;

    /// <summary>True when the two sorted points are within eps (squared distance ≤ eps²).</summary>
    public bool Within(int a, int b, double epsSquared)
    {
        var dx = X[a] - X[b];
        var dy = Y[a] - Y[b];
        return dx * dx + dy * dy <= epsSquared;
    }
}
