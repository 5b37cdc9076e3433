namespace Assessment.Core.Spatial;

/// <summary>
/// Which cells count as neighbours in Gi* (binary weights: 1 inside the neighbourhood, 0 outside). The cell itself is
/// always included, which is what makes the statistic Gi* rather than Gi. The report words it from
/// <see cref="DistanceMetres"/> (<c>Reporting.Sections.HotspotMethodology</c>).
/// </summary>
public sealed record GiStarNeighbourhood
{
    // Keeps a band of exactly √2 × cell size (sfhotspot's default) from losing the diagonal cells to rounding.
    private const double RelativeTolerance = 1e-9;

    private GiStarNeighbourhood(double? distanceMetres) => DistanceMetres = distanceMetres;

    /// <summary>The cell and its eight edge- or corner-sharing neighbours (the same as a band of √2 × cell size).</summary>
    public static GiStarNeighbourhood QueenContiguity { get; } = new((double?)null);

    /// <summary>Cells whose centre is within <paramref name="metres"/> (inclusive) of the cell's centre.</summary>
    /// <param name="metres">Distance band between cell centres in metres, 0 or more; below the cell size only the cell itself is included.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metres"/> is negative or not finite.</exception>
    public static GiStarNeighbourhood WithinDistance(double metres)
    {
        if (!double.IsFinite(metres) || metres < 0) throw new ArgumentOutOfRangeException(nameof(metres), metres, "The neighbourhood distance must be a finite number of metres, zero or more.");
        return new GiStarNeighbourhood(metres);
    }

    /// <summary>Distance band in metres, or null for queen contiguity.</summary>
    public double? DistanceMetres { get; }

    /// <summary>Column/row offsets of the neighbours (including (0, 0)) on a grid of the given cell size.</summary>
    internal IReadOnlyList<(int Column, int Row)> Offsets(double cellSize)
    {
        var reach = DistanceMetres is { } d ? d / cellSize * (1 + RelativeTolerance) : Math.Sqrt(2) * (1 + RelativeTolerance);
        var max = (int)Math.Floor(reach);
        var offsets = new List<(int, int)>();
        for (var dr = -max; dr <= max; dr++)
            for (var dc = -max; dc <= max; dc++)
                if (Math.Sqrt(dc * dc + dr * dr) <= reach) offsets.Add((dc, dr));
        return offsets;
    }
}
