using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Assessment.Core.Spatial;

/// <summary>
/// A regular grid of square cells on the British National Grid, in whole metres. The cell size is a whole number of
/// metres and the origin (south-west corner) is snapped down to a multiple of it, so grids of the same cell size line
/// up across periods and runs.
/// A point is placed by its position rounded to the nearest whole metre, halves up (<see cref="ToWholeMetres"/>), and
/// cells are half-open intervals of whole metres, [x0, x0 + size) × [y0, y0 + size): a point on an edge belongs to
/// the cell to its east (vertical edge) or north (horizontal edge), i.e. column = ⌊(round(E) − originE) / size⌋ in
/// integer arithmetic. Rounding first means a snap point on a grid line (police.uk publishes them to about 0.1 m, and
/// the projection is accurate to about 5 m, so nothing finer than a metre is real) goes to the same square whichever
/// side of the line the projection's last bits happen to put it.
/// With a boundary, cells whose centre lies outside it are excluded (a centre on the boundary line counts as inside):
/// they are not cells of the analysis and points falling in them are counted as outside.
/// </summary>
public sealed class SquareGrid
{
    /// <summary>Default cell side in metres: coarse enough not to map police.uk snap-point geometry.</summary>
    public const double DefaultCellSize = 250;

    /// <summary>Upper limit on columns × rows, to fail clearly instead of exhausting memory on a mistaken extent.</summary>
    public const long MaxPositions = 25_000_000;

    /// <summary>Largest cell side accepted, metres (1,000 km: larger than Great Britain's grid).</summary>
    public const double MaxCellSize = 1_000_000;

    // Far beyond the national grid (0–700 km east, 0–1,300 km north), yet small enough that whole metres are exact in a double.
    private const double MaxCoordinate = 1e12;

    private readonly int[] indexByPosition;
    private readonly GridCell[] cells;
    private readonly long size;
    private readonly long originEasting;
    private readonly long originNorthing;

    private SquareGrid(double cellSize, double minEasting, double minNorthing, double maxEasting, double maxNorthing, Geometry? boundary)
    {
        if (!double.IsFinite(cellSize) || cellSize <= 0 || cellSize != Math.Floor(cellSize) || cellSize > MaxCellSize)
            throw new ArgumentOutOfRangeException(nameof(cellSize), cellSize, $"Cell size must be a positive whole number of metres, at most {MaxCellSize:0}.");
        if (!(minEasting <= maxEasting) || !(minNorthing <= maxNorthing) || !double.IsFinite(minEasting + maxEasting + minNorthing + maxNorthing) ||
            Math.Abs(minEasting) > MaxCoordinate || Math.Abs(maxEasting) > MaxCoordinate || Math.Abs(minNorthing) > MaxCoordinate || Math.Abs(maxNorthing) > MaxCoordinate)
            throw new ArgumentException($"The extent must be finite, within ±{MaxCoordinate:0} m, with min ≤ max (got E {minEasting}..{maxEasting}, N {minNorthing}..{maxNorthing}).");
        size = (long)cellSize;
        CellSize = cellSize;
        originEasting = FloorDiv(ToWholeMetres(minEasting), size) * size;
        originNorthing = FloorDiv(ToWholeMetres(minNorthing), size) * size;
        OriginEasting = originEasting;
        OriginNorthing = originNorthing;
        var columns = FloorDiv(ToWholeMetres(maxEasting) - originEasting, size) + 1;
        var rows = FloorDiv(ToWholeMetres(maxNorthing) - originNorthing, size) + 1;
        if ((double)columns * rows > MaxPositions)
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
    /// <param name="cellSize">Cell side in whole metres, positive (default <see cref="DefaultCellSize"/>).</param>
    /// <exception cref="ArgumentException">No points (there is no extent to cover), or more than <see cref="MaxPositions"/> cells.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cellSize"/> is not a positive whole number of metres up to <see cref="MaxCellSize"/>.</exception>
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
    /// <param name="cellSize">Cell side in whole metres, positive (default <see cref="DefaultCellSize"/>).</param>
    /// <exception cref="ArgumentException">The boundary is empty or not a Polygon or MultiPolygon, or its envelope needs more than <see cref="MaxPositions"/> cells.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cellSize"/> is not a positive whole number of metres up to <see cref="MaxCellSize"/>.</exception>
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
    /// <param name="cellSize">Cell side in whole metres, positive (default <see cref="DefaultCellSize"/>).</param>
    /// <param name="boundary">Optional boundary in BNG metres (normally a Polygon or MultiPolygon; its type is not checked here); cells whose centre lies outside it are excluded.</param>
    /// <exception cref="ArgumentException">The extent is not finite or has min above max, or it needs more than <see cref="MaxPositions"/> cells.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cellSize"/> is not a positive whole number of metres up to <see cref="MaxCellSize"/>.</exception>
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

    /// <summary>
    /// Finds the cell holding a point after rounding it to whole metres (<see cref="ToWholeMetres"/>); edges belong to the
    /// cell east/north of them. False when outside or excluded.
    /// </summary>
    /// <param name="easting">BNG easting in metres; NaN, infinities and values beyond ±10¹² m are outside.</param>
    /// <param name="northing">BNG northing in metres; as for <paramref name="easting"/>.</param>
    /// <param name="cellIndex">Index in <see cref="Cells"/>, or −1 when the result is false.</param>
    public bool TryLocate(double easting, double northing, out int cellIndex)
    {
        cellIndex = -1;
        // Written so that NaN lands outside too.
        if (!(Math.Abs(easting) <= MaxCoordinate && Math.Abs(northing) <= MaxCoordinate)) return false;
        var column = FloorDiv(ToWholeMetres(easting) - originEasting, size);
        var row = FloorDiv(ToWholeMetres(northing) - originNorthing, size);
        if (column >= 0 && row >= 0 && column < Columns && row < Rows) cellIndex = indexByPosition[(int)row * Columns + (int)column];
        return cellIndex >= 0;
    }

    /// <summary>
    /// The whole metre a grid coordinate is placed by: the nearest, with halves going up (⌊x + 0.5⌋), so that every whole
    /// metre m stands for the half-open interval [m − 0.5, m + 0.5) and no value is rounded two ways.
    /// </summary>
    /// <param name="metres">A finite coordinate in metres, within ±10¹².</param>
    public static long ToWholeMetres(double metres) => (long)Math.Floor(metres + 0.5);

    private static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return value % divisor != 0 && (value < 0) != (divisor < 0) ? quotient - 1 : quotient;
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
