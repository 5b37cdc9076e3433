using Assessment.DuckDb.Native;

namespace Assessment.DuckDb;

/// <summary>
/// A connection to a <see cref="DuckDbDatabase"/>. Not thread-safe: use one per thread (only
/// <see cref="Interrupt"/> may be called from another thread). Values always travel as bound parameters.
/// Results are materialised, so a reader stays valid while the connection runs other statements.
/// </summary>
public sealed unsafe class DuckDbConnection : IDisposable
{
    private bool disposed;

    internal DuckDbConnection(ConnectionHandle handle) => Handle = handle;

    internal ConnectionHandle Handle { get; }

    internal bool IsDisposed => disposed;

    /// <summary>
    /// Runs <paramref name="sql"/> and returns the rows it inserted, updated or deleted (0 for other statements).
    /// Without parameters the text may hold several statements separated by semicolons (the count is the last
    /// one's); with parameters it must be one statement whose <c>?</c> or <c>$1</c> placeholders they fill in order.
    /// DuckDB reports no count for CREATE TABLE ... AS SELECT (0 is returned): use INSERT INTO ... SELECT, or count
    /// afterwards, when the number of rows matters.
    /// </summary>
    /// <exception cref="DuckDbException">DuckDB reported an error; carries its message and type.</exception>
    /// <exception cref="OperationCanceledException"><see cref="Interrupt"/> stopped the statement.</exception>
    public long Execute(string sql, params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ThrowIfDisposed();
        if (parameters is null || parameters.Length == 0)
        {
            using var result = RunQuery(sql);
            return checked((long)NativeMethods.duckdb_rows_changed(result.Pointer));
        }

        using var statement = Prepare(sql);
        statement.BindAll(parameters);
        return statement.Execute();
    }

    /// <summary>
    /// The first column of the first row converted to <typeparamref name="T"/> (long, int, double, decimal, string,
    /// bool, DateOnly, DateTime, or Nullable of those); <c>default</c> when there is no row or the value is NULL.
    /// </summary>
    /// <exception cref="InvalidCastException">The column's type cannot be read as <typeparamref name="T"/>.</exception>
    public T? Scalar<T>(string sql, params object?[] parameters)
    {
        using var reader = Query(sql, parameters);
        if (reader.FieldCount == 0 || !reader.Read() || reader.IsNull(0))
        {
            return default;
        }

        return ScalarConverter.Convert<T>(reader, 0);
    }

    /// <summary>Runs a query and returns a forward-only reader over its rows; dispose the reader when done.</summary>
    /// <exception cref="DuckDbException">DuckDB reported an error; carries its message and type.</exception>
    public DuckDbReader Query(string sql, params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ThrowIfDisposed();
        if (parameters is null || parameters.Length == 0)
        {
            return new DuckDbReader(RunQuery(sql));
        }

        using var statement = Prepare(sql);
        statement.BindAll(parameters);
        return statement.Query();
    }

    /// <summary>Prepares one statement for repeated execution with different parameters.</summary>
    /// <exception cref="DuckDbException">The SQL does not parse or bind; carries DuckDB's message.</exception>
    public DuckDbPreparedStatement Prepare(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ThrowIfDisposed();
        return DuckDbPreparedStatement.Create(this, sql);
    }

    /// <summary>
    /// Opens a bulk appender on <paramref name="table"/> (in <paramref name="schema"/>, default "main"). Values go in
    /// column order, one <see cref="DuckDbAppender.EndRow"/> per row.
    /// </summary>
    /// <exception cref="DuckDbException">The table does not exist; carries DuckDB's message.</exception>
    public DuckDbAppender CreateAppender(string table, string? schema = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        ThrowIfDisposed();
        return DuckDbAppender.Create(this, table, schema);
    }

    /// <summary>Runs BEGIN TRANSACTION; the returned transaction rolls back on dispose unless committed.</summary>
    public DuckDbTransaction BeginTransaction()
    {
        Execute("BEGIN TRANSACTION");
        return new DuckDbTransaction(this);
    }

    /// <summary>
    /// Asks the statement running on this connection (on another thread) to stop; it then throws
    /// <see cref="OperationCanceledException"/>. Does nothing when no statement is running.
    /// </summary>
    public void Interrupt()
    {
        ThrowIfDisposed();
        NativeMethods.duckdb_interrupt(Handle);
    }

    /// <summary>
    /// Closes the connection. Statements and appenders still open can no longer be used (they keep the native
    /// connection alive until they are disposed); readers already returned stay readable. Calling it again does
    /// nothing.
    /// </summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Handle.Dispose();
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);

    private ResultHandle RunQuery(string sql)
    {
        var result = new ResultHandle(Handle);
        try
        {
            if (NativeMethods.duckdb_query(Handle, sql, result.Pointer) != NativeMethods.Success)
            {
                throw DuckDbErrors.FromResult(result.Pointer);
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }
}
