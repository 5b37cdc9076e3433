using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Assessment.Core.Spatial;

/// <summary>
/// A regular grid of square cells on the British National Grid. The origin (south-west corner) is snapped down to a
/// multiple of the cell size, so grids of the same cell size line up across periods and runs.
/// Cells are half-open: a point exactly on an edge belongs to the cell to its east (vertical edge) or north
/// (horizontal edge), i.e. column = ⌊(E − originE) / size⌋, row = ⌊(N − originN) / size⌋.
/// With a boundary, cells whose centre lies outside it are excluded (a centre on the boundary line counts as inside):
/// they are not cells of the analysis and points falling in them are counted as outside.
/// </summary>
public sealed class SquareGrid
{
    /// <summary>Default cell side in metres: coarse enough not to map police.uk snap-point geometry.</summary>
    public const double DefaultCellSize = 250;

    /// <summary>Upper limit on columns × rows, to fail clearly instead of exhausting memory on a mistaken extent.</summary>
    public const long MaxPositions = 25_000_000;

    private readonly int[] indexByPosition;
    private readonly GridCell[] cells;

    private SquareGrid(double cellSize, double minEasting, double minNorthing, double maxEasting, double maxNorthing, Geometry? boundary)
    {
        if (!double.IsFinite(cellSize) || cellSize <= 0) throw new ArgumentOutOfRangeException(nameof(cellSize), cellSize, "Cell size must be a positive number of metres.");
        if (!(minEasting <= maxEasting) || !(minNorthing <= maxNorthing) || !double.IsFinite(minEasting + maxEasting + minNorthing + maxNorthing))
            throw new ArgumentException($"The extent must be finite with min ≤ max (got E {minEasting}..{maxEasting}, N {minNorthing}..{maxNorthing}).");
        CellSize = cellSize;
        OriginEasting = Math.Floor(minEasting / cellSize) * cellSize;
        OriginNorthing = Math.Floor(minNorthing / cellSize) * cellSize;
        var columns = (long)Math.Floor((maxEasting - OriginEasting) / cellSize) + 1;
        var rows = (long)Math.Floor((maxNorthing - OriginNorthing) / cellSize) + 1;
        if (columns * rows > MaxPositions)
            throw new ArgumentException($"A {cellSize} m grid over this extent would have {columns:N0} × {rows:N0} cells (limit {MaxPositions:N0}); check the coordinates are BNG metres or use larger cells.");
        Columns = (int)columns;
        Rows = (int)rows;
        Boundary = boundary;

        var prepared = boundary is null ? null : PreparedGeometryFactory.Prepare(boundary);
        var factory = boundary?.Factory ?? new GeometryFactory();
        indexByPosition = new int[Columns * Rows];
        var included = new List<GridCell>();
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                var cell = new GridCell(included.Count, column, row, OriginEasting + column * cellSize, OriginNorthing + row * cellSize, cellSize);
                var centre = cell.Centre;
                if (prepared is not null && !prepared.Covers(factory.CreatePoint(new Coordinate(centre.Easting, centre.Northing))))
                {
                    indexByPosition[row * Columns + column] = -1;
                    continue;
                }
                indexByPosition[row * Columns + column] = included.Count;
                included.Add(cell);
            }
        }
        cells = included.ToArray();
    }

    /// <summary>A grid just covering the points' extent (a rectangle; no cells are excluded).</summary>
    /// <param name="points">Points in BNG metres, at least one; weights play no part.</param>
    /// <param name="cellSize">Cell side in metres, positive (default <see cref="DefaultCellSize"/>).</param>
    /// <exception cref="ArgumentException">No points (there is no extent to cover), or more than <see cref="MaxPositions"/> cells.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cellSize"/> is not a positive finite number.</exception>
    public static SquareGrid Covering(IReadOnlyList<EventPoint> points, double cellSize = DefaultCellSize)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) throw new ArgumentException("Cannot size a grid from no points; give an extent or a boundary instead.", nameof(points));
        double minE = double.MaxValue, minN = double.MaxValue, maxE = double.MinValue, maxN = double.MinValue;
        foreach (var p in points)
        {
            minE = Math.Min(minE, p.Easting);
            maxE = Math.Max(maxE, p.Easting);
            minN = Math.Min(minN, p.Northing);
            maxN = Math.Max(maxN, p.Northing);
        }
        return new SquareGrid(cellSize, minE, minN, maxE, maxN, null);
    }

    /// <summary>A grid over a boundary's envelope keeping only cells whose centre is inside or on the boundary.</summary>
    /// <param name="boundary">Polygon or MultiPolygon in BNG metres (see <see cref="BritishNationalGrid.ToGrid(Geometry)"/>).</param>
    /// <param name="cellSize">Cell side in metres, positive (default <see cref="DefaultCellSize"/>).</param>
    /// <exception cref="ArgumentException">The boundary is empty or not a Polygon or MultiPolygon, or its envelope needs more than <see cref="MaxPositions"/> cells.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cellSize"/> is not a positive finite number.</exception>
    public static SquareGrid Covering(Geometry boundary, double cellSize = DefaultCellSize)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        if (boundary is not (Polygon or MultiPolygon) || boundary.IsEmpty)
            throw new ArgumentException($"The grid boundary must be a non-empty Polygon or MultiPolygon in BNG metres, not {boundary.GeometryType}.", nameof(boundary));
        var envelope = boundary.EnvelopeInternal;
        return new SquareGrid(cellSize, envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY, boundary);
    }

    /// <summary>A grid over an explicit extent in BNG metres (bounds inclusive), optionally clipped by a boundary.</summary>
    /// <param name="minEasting">West edge of the extent, metres.</param>
    /// <param name="minNorthing">South edge of the extent, metres.</param>
    /// <param name="maxEasting">East edge of the extent, metres, at least <paramref name="minEasting"/>.</param>
    /// <param name="maxNorthing">North edge of the extent, metres, at least <paramref name="minNorthing"/>.</param>
    /// <param name="cellSize">Cell side in metres, positive (default <see cref="DefaultCellSize"/>).</param>
    /// <param name="boundary">Optional boundary in BNG metres (normally a Polygon or MultiPolygon; its type is not checked here); cells whose centre lies outside it are excluded.</param>
    /// <exception cref="ArgumentException">The extent is not finite or has min above max, or it needs more than <see cref="MaxPositions"/> cells.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cellSize"/> is not a positive finite number.</exception>
    public static SquareGrid FromExtent(double minEasting, double minNorthing, double maxEasting, double maxNorthing, double cellSize = DefaultCellSize, Geometry? boundary = null) =>
        new(cellSize, minEasting, minNorthing, maxEasting, maxNorthing, boundary);

    /// <summary>Cell side in metres.</summary>
    public double CellSize { get; }

    /// <summary>West edge of column 0, a multiple of <see cref="CellSize"/>.</summary>
    public double OriginEasting { get; }

    /// <summary>South edge of row 0, a multiple of <see cref="CellSize"/>.</summary>
    public double OriginNorthing { get; }

    /// <summary>Columns in the rectangle, including excluded cells.</summary>
    public int Columns { get; }

    /// <summary>Rows in the rectangle, including excluded cells.</summary>
    public int Rows { get; }

    /// <summary>The clipping boundary, or null for a rectangular grid.</summary>
    public Geometry? Boundary { get; }

    /// <summary>Cells taking part in the analysis, row by row from the south-west corner.</summary>
    public IReadOnlyList<GridCell> Cells => cells;

    /// <summary>Index in <see cref="Cells"/> of the cell at a column and row, or −1 when outside the grid or excluded.</summary>
    /// <param name="column">Column from the west edge, 0-based (any value; out of range gives −1).</param>
    /// <param name="row">Row from the south edge, 0-based (any value; out of range gives −1).</param>
    public int IndexAt(int column, int row) =>
        column < 0 || row < 0 || column >= Columns || row >= Rows ? -1 : indexByPosition[row * Columns + column];

    /// <summary>Finds the cell holding a point (edges belong to the cell east/north of them); false when outside or excluded.</summary>
    /// <param name="easting">BNG easting in metres; NaN is outside.</param>
    /// <param name="northing">BNG northing in metres; NaN is outside.</param>
    /// <param name="cellIndex">Index in <see cref="Cells"/>, or −1 when the result is false.</param>
    public bool TryLocate(double easting, double northing, out int cellIndex)
    {
        var column = Math.Floor((easting - OriginEasting) / CellSize);
        var row = Math.Floor((northing - OriginNorthing) / CellSize);
        // Written so that NaN lands outside too.
        cellIndex = column >= 0 && row >= 0 && column < Columns && row < Rows ? indexByPosition[(int)row * Columns + (int)column] : -1;
        return cellIndex >= 0;
    }

    /// <summary>Sums point weights per cell. Points outside the grid or in excluded cells are reported, not dropped silently.</summary>
    /// <param name="points">Points in BNG metres.</param>
    /// <returns>One total per cell of <see cref="Cells"/> (in events, or whatever the weights measure), with the number and weight of points outside.</returns>
    public GridCounts Count(IReadOnlyList<EventPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var values = new double[cells.Length];
        var outside = 0;
        var outsideWeight = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (TryLocate(p.Easting, p.Northing, out var index)) values[index] += p.Weight;
            else
            {
                outside++;
                outsideWeight += p.Weight;
            }
        }
        return new GridCounts(this, values, outside, outsideWeight);
    }

    /// <summary>The cell's square as a BNG polygon (SRID 27700), e.g. for maps after <see cref="BritishNationalGrid.ToLonLat(Geometry)"/>.</summary>
    /// <param name="cellIndex">Index in <see cref="Cells"/>.</param>
    /// <param name="factory">Factory to build with; null for one with SRID 27700 and floating precision.</param>
    /// <returns>A closed five-vertex square, clockwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cellIndex"/> is not an index in <see cref="Cells"/>.</exception>
    public Polygon CellPolygon(int cellIndex, GeometryFactory? factory = null)
    {
        if ((uint)cellIndex >= (uint)cells.Length) throw new ArgumentOutOfRangeException(nameof(cellIndex), cellIndex, $"The grid has {cells.Length} cells.");
        var c = cells[cellIndex];
        factory ??= new GeometryFactory(new PrecisionModel(), BritishNationalGrid.Srid);
        double x0 = c.MinEasting, y0 = c.MinNorthing, x1 = x0 + c.Size, y1 = y0 + c.Size;
        // Clockwise shell: the orientation Vega's geoshape expects.
        return factory.CreatePolygon([new(x0, y0), new(x0, y1), new(x1, y1), new(x1, y0), new(x0, y0)]);
    }

    /// <summary>True when <paramref name="other"/> has the same cell size, origin, size and included cells.</summary>
    /// <param name="other">The grid to compare with.</param>
    public bool IsSameLayout(SquareGrid other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(this, other) ||
               (CellSize == other.CellSize && OriginEasting == other.OriginEasting && OriginNorthing == other.OriginNorthing &&
                Columns == other.Columns && Rows == other.Rows && indexByPosition.AsSpan().SequenceEqual(other.indexByPosition));
    }
}
