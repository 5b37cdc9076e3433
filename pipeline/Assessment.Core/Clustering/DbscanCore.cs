namespace Assessment.Core.Clustering;

/// <summary>The three DBSCAN passes over a <see cref="CliqueGrid"/>; arrays are in the grid's sorted point order.</summary>
internal static class DbscanCore
{
    /// <summary>Core flag per sorted point.</summary>
    public static bool[] FindCores(CliqueGrid grid, double epsSquared, double minPoints)
    {
        var core = new bool[grid.X.Length];
        Parallel.For(0, grid.CellCount, cell =>
        {
            int first = grid.CellStart[cell], end = grid.CellStart[cell + 1];
            var own = grid.CellWeight[cell];
            if (own >= minPoints)
            {
                core.AsSpan(first, end - first).Fill(true);
                return;
            }
            var reachable = own;
            for (var k = grid.NeighbourStart[cell]; k < grid.NeighbourStart[cell + 1]; k++) reachable += grid.CellWeight[grid.Neighbours[k]];
            if (reachable < minPoints) return;
            for (var p = first; p < end; p++) core[p] = NeighbourWeightReaches(grid, cell, p, epsSquared, minPoints - own);
        });
        return core;
    }

    private static bool NeighbourWeightReaches(CliqueGrid grid, int cell, int p, double epsSquared, double needed)
    {
        double found = 0;
        for (var k = grid.NeighbourStart[cell]; k < grid.NeighbourStart[cell + 1]; k++)
        {
            var other = grid.Neighbours[k];
            for (var q = grid.CellStart[other]; q < grid.CellStart[other + 1]; q++)
            {
                if (!grid.Within(p, q, epsSquared)) continue;
                found += grid.Weight[q];
                if (found >= needed) return true;
            }
        }
        return found >= needed;
    }

    /// <summary>
    /// Cluster label per cell (−1 for cells without cores) and the cluster count. Cores in one cell are one clique, so
    /// cells are joined rather than points: first adjacent cells, then the outer ring of the 5 × 5 block, whose pairs are
    /// mostly joined already by then and need no distance test.
    /// </summary>
    public static (int[] CellLabels, int ClusterCount) LabelCoreCells(CliqueGrid grid, bool[] core, double epsSquared)
    {
        var cores = new List<int>[grid.CellCount];
        for (var cell = 0; cell < grid.CellCount; cell++)
            for (var p = grid.CellStart[cell]; p < grid.CellStart[cell + 1]; p++)
                if (core[p]) (cores[cell] ??= []).Add(p);

        var sets = new DisjointSet(grid.CellCount);
        foreach (var adjacentOnly in new[] { true, false })
        {
            for (var cell = 0; cell < grid.CellCount; cell++)
            {
                if (cores[cell] is null) continue;
                for (var k = grid.NeighbourStart[cell]; k < grid.NeighbourStart[cell + 1]; k++)
                {
                    var other = grid.Neighbours[k];
                    if (other < cell || cores[other] is null || grid.IsAdjacent(cell, other) != adjacentOnly) continue;
                    if (sets.Find(cell) == sets.Find(other)) continue;
                    if (AnyPairWithin(grid, cores[cell]!, cores[other]!, epsSquared)) sets.Union(cell, other);
                }
            }
        }

        // Number clusters by their lowest input index among core points, as scikit-learn does.
        var lowest = new Dictionary<int, int>();
        for (var cell = 0; cell < grid.CellCount; cell++)
        {
            if (cores[cell] is null) continue;
            var root = sets.Find(cell);
            var min = cores[cell]!.Min(p => grid.Original[p]);
            lowest[root] = lowest.TryGetValue(root, out var seen) ? Math.Min(seen, min) : min;
        }
        var labelOfRoot = lowest.OrderBy(kv => kv.Value).Select((kv, label) => (kv.Key, label)).ToDictionary(t => t.Key, t => t.label);
        var cellLabels = new int[grid.CellCount];
        for (var cell = 0; cell < grid.CellCount; cell++)
            cellLabels[cell] = cores[cell] is null ? DbscanModel.Noise : labelOfRoot[sets.Find(cell)];
        return (cellLabels, labelOfRoot.Count);
    }

    /// <summary>Label per sorted point: a core takes its cell's label; any other point the lowest label among cores within eps.</summary>
    public static int[] LabelPoints(CliqueGrid grid, bool[] core, int[] cellLabels, double epsSquared)
    {
        var labels = new int[grid.X.Length];
        Parallel.For(0, grid.CellCount, cell =>
        {
            for (var p = grid.CellStart[cell]; p < grid.CellStart[cell + 1]; p++)
            {
                // A core in the same cell is within eps, and every core of a cell shares the cell's label.
                var best = cellLabels[cell] >= 0 ? cellLabels[cell] : int.MaxValue;
                if (!core[p])
                {
                    for (var k = grid.NeighbourStart[cell]; k < grid.NeighbourStart[cell + 1]; k++)
                    {
                        var other = grid.Neighbours[k];
                        var label = cellLabels[other];
                        if (label < 0 || label >= best) continue;
                        for (var q = grid.CellStart[other]; q < grid.CellStart[other + 1]; q++)
                        {
                            if (core[q] && grid.Within(p, q, epsSquared))
                            {
                                best = label;
                                break;
                            }
                        }
                    }
                }
                labels[p] = best == int.MaxValue ? DbscanModel.Noise : best;
            }
        });
        return labels;
    }

    private static bool AnyPairWithin(CliqueGrid grid, List<int> a, List<int> b, double epsSquared)
    {
        foreach (var p in a)
            foreach (var q in b)
                if (grid.Within(p, q, epsSquared)) return true;
        return false;
    }
}
