using System.Runtime.InteropServices;
using Assessment.DuckDb.Native;

namespace Assessment.DuckDb;

/// <summary>
/// One prepared SQL statement. Bindings persist between executions until rebound. Not thread-safe; belongs to the
/// connection's thread.
/// </summary>
public sealed unsafe class DuckDbPreparedStatement : IDisposable
{
    private readonly DuckDbConnection connection;
    private readonly PreparedStatementHandle handle;
    private bool disposed;

    private DuckDbPreparedStatement(DuckDbConnection connection, PreparedStatementHandle handle)
    {
        this.connection = connection;
        this.handle = handle;
        ParameterCount = checked((int)NativeMethods.duckdb_nparams(handle));
    }

    /// <summary>Number of distinct parameters (<c>?</c> or <c>$n</c>) in the statement.</summary>
    public int ParameterCount { get; }

    internal static DuckDbPreparedStatement Create(DuckDbConnection connection, string sql)
    {
        var state = NativeMethods.duckdb_prepare(connection.Handle, sql, out var statement);
        var handle = new PreparedStatementHandle(statement, connection.Handle);
        if (state == NativeMethods.Success)
        {
            return new DuckDbPreparedStatement(connection, handle);
        }

        using (handle)
        {
            // The prepare API reports text only; its "<Type> Error:" prefix gives the type.
            var message = Marshal.PtrToStringUTF8(NativeMethods.duckdb_prepare_error(handle))
                          ?? "DuckDB could not prepare the statement and gave no reason.";
            throw DuckDbErrors.FromMessage(message);
        }
    }

    /// <summary>
    /// Binds <paramref name="value"/> to the parameter at 1-based <paramref name="index"/>. Accepts null (SQL NULL),
    /// bool, int, long, double, float, decimal, string, DateOnly (DATE) and DateTime (TIMESTAMP, wall-clock value,
    /// Kind ignored, truncated to microseconds).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not in 1..<see cref="ParameterCount"/>.</exception>
    /// <exception cref="ArgumentException">The value's type is not supported; the message names it.</exception>
    public void Bind(int index, object? value)
    {
        ThrowIfDisposed();
        if (index < 1 || index > ParameterCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index), index,
                $"Parameter index {index} is out of range: the statement has {ParameterCount} parameter(s), " +
                "numbered from 1.");
        }

        ParameterBinder.Bind(handle, index, value);
    }

    /// <summary>Binds <paramref name="values"/> to parameters 1..n in order.</summary>
    /// <exception cref="ArgumentException">The number of values differs from <see cref="ParameterCount"/>.</exception>
    public void BindAll(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ThrowIfDisposed();
        if (values.Length != ParameterCount)
        {
            throw new ArgumentException(
                $"The statement has {ParameterCount} parameter(s) but {values.Length} value(s) were given.",
                nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            Bind(i + 1, values[i]);
        }
    }

    /// <summary>Runs the statement with the current bindings; returns the rows inserted, updated or deleted.</summary>
    /// <exception cref="DuckDbException">DuckDB reported an error (including unbound parameters).</exception>
    /// <exception cref="OperationCanceledException">The connection was interrupted.</exception>
    public long Execute()
    {
        using var result = Run();
        return checked((long)NativeMethods.duckdb_rows_changed(result.Pointer));
    }

    /// <summary>Runs the statement and returns a reader over its rows; dispose the reader when done.</summary>
    public DuckDbReader Query() => new(Run());

    /// <summary>Destroys the native statement. Calling it again does nothing.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        handle.Dispose();
    }

    private ResultHandle Run()
    {
        ThrowIfDisposed();
        var result = new ResultHandle(connection.Handle);
        try
        {
            if (NativeMethods.duckdb_execute_prepared(handle, result.Pointer) != NativeMethods.Success)
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

    private void ThrowIfDisposed()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        connection.ThrowIfDisposed();
    }
}
