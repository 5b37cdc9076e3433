using Assessment.DuckDb.Native;

namespace Assessment.DuckDb;

/// <summary>
/// A forward-only reader over a query's rows, fetched chunk by chunk (up to 2048 rows each) with
/// <c>duckdb_fetch_chunk</c>. Call <see cref="Read"/> before reading each row. The native result is destroyed as soon
/// as the last row has been read, or on <see cref="Dispose"/>. Typed getters throw <see cref="InvalidCastException"/>
/// for NULL values and incompatible types, and <see cref="NotSupportedException"/> for column types this reader
/// cannot decode (LIST, STRUCT, INTERVAL, UUID, ...; CAST them in SQL).
/// </summary>
public sealed unsafe partial class DuckDbReader : IDisposable
{
    private readonly ResultColumn[] columns;
    private readonly nint[] vectorData;
    private readonly nint[] vectorValidity;
    private ResultHandle? result;
    private DataChunkHandle? chunk;
    private long chunkRows;
    private long row = -1;
    private bool onRow;
    private bool disposed;

    internal DuckDbReader(ResultHandle result)
    {
        try
        {
            var pointer = result.Pointer;
            columns = new ResultColumn[checked((int)NativeMethods.duckdb_column_count(pointer))];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = ResultColumn.Read(pointer, i);
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        this.result = result;
        vectorData = new nint[columns.Length];
        vectorValidity = new nint[columns.Length];
    }

    /// <summary>Number of columns in the result (0 for statements that return none).</summary>
    public int FieldCount
    {
        get
        {
            ThrowIfDisposed();
            return columns.Length;
        }
    }

    /// <summary>The name of the column at 0-based <paramref name="ordinal"/>.</summary>
    public string GetName(int ordinal) => Column(ordinal).Name;

    /// <summary>
    /// The 0-based ordinal of the first column named <paramref name="name"/>, compared case-insensitively.
    /// </summary>
    /// <exception cref="ArgumentException">No such column; the message lists the columns there are.</exception>
    public int GetOrdinal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ThrowIfDisposed();
        for (var i = 0; i < columns.Length; i++)
        {
            if (string.Equals(columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentException(
            $"The result has no column '{name}'. Columns: {string.Join(", ", columns.Select(c => c.Name))}.",
            nameof(name));
    }

    /// <summary>DuckDB's logical type of the column at <paramref name="ordinal"/>.</summary>
    public DuckDbType GetColumnType(int ordinal) => Column(ordinal).Type;

    /// <summary>Advances to the next row; false (and the native result released) when there are no more.</summary>
    public bool Read()
    {
        ThrowIfDisposed();
        onRow = false;
        if (result is null)
        {
            return false;
        }

        row++;
        while (chunk is null || row >= chunkRows)
        {
            if (!FetchNextChunk())
            {
                return false;
            }
        }

        onRow = true;
        return true;
    }

    /// <summary>Whether the current row's value at <paramref name="ordinal"/> is NULL.</summary>
    public bool IsNull(int ordinal)
    {
        var validity = (ulong*)vectorValidity[CurrentColumnIndex(ordinal)];
        // DuckDB leaves the validity mask out entirely when every row of the vector is valid.
        return validity != null && (validity[row >> 6] & (1UL << (int)(row & 63))) == 0;
    }

    /// <summary>Releases the current chunk and the native result. Calling it again does nothing.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        onRow = false;
        chunk?.Dispose();
        chunk = null;
        result?.Dispose();
        result = null;
    }

    private bool FetchNextChunk()
    {
        chunk?.Dispose();
        chunk = null;
        var next = NativeMethods.duckdb_fetch_chunk(*result!.Pointer);
        if (next == 0)
        {
            var failure = NativeMethods.duckdb_result_error(result.Pointer) != 0
                ? DuckDbErrors.FromResult(result.Pointer)
                : null;
            result.Dispose();
            result = null;
            return failure is null ? false : throw failure;
        }

        chunk = new DataChunkHandle(next, result);
        chunkRows = checked((long)NativeMethods.duckdb_data_chunk_get_size(chunk));
        row = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            var vector = NativeMethods.duckdb_data_chunk_get_vector(chunk, (ulong)i);
            vectorData[i] = NativeMethods.duckdb_vector_get_data(vector);
            vectorValidity[i] = (nint)NativeMethods.duckdb_vector_get_validity(vector);
        }

        return true;
    }

    private ResultColumn Column(int ordinal)
    {
        ThrowIfDisposed();
        if ((uint)ordinal >= (uint)columns.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ordinal), ordinal, $"Column ordinal {ordinal} is out of range: the result has {columns.Length} column(s).");
        }

        return columns[ordinal];
    }

    private int CurrentColumnIndex(int ordinal)
    {
        _ = Column(ordinal);
        if (!onRow)
        {
            throw new InvalidOperationException(
                "There is no current row: call Read() first, and read values only while it returns true.");
        }

        return ordinal;
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);
}
