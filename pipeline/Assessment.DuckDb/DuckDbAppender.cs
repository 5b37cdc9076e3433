using System.Runtime.InteropServices;
using Assessment.DuckDb.Native;

namespace Assessment.DuckDb;

/// <summary>
/// Bulk-inserts rows into one table through DuckDB's appender: append one value per column in table order, then
/// <see cref="EndRow"/>. Rows reach the table on <see cref="Flush"/>, <see cref="Close"/>, or when DuckDB's buffer
/// fills. Errors carry DuckDB's appender error text and the table name. Not thread-safe.
/// </summary>
public sealed unsafe class DuckDbAppender : IDisposable
{
    private readonly DuckDbConnection connection;
    private readonly AppenderHandle handle;
    private readonly string tableName;
    private bool closed;
    private bool failed;
    private bool disposed;

    private DuckDbAppender(DuckDbConnection connection, AppenderHandle handle, string tableName)
    {
        this.connection = connection;
        this.handle = handle;
        this.tableName = tableName;
    }

    internal static DuckDbAppender Create(DuckDbConnection connection, string table, string? schema)
    {
        var state = NativeMethods.duckdb_appender_create_ext(connection.Handle, null, schema, table, out var native);
        var handle = new AppenderHandle(native, connection.Handle);
        var appender = new DuckDbAppender(connection, handle, schema is null ? table : $"{schema}.{table}");
        if (state != NativeMethods.Success)
        {
            // A failed appender still carries its error and must be destroyed; nothing was buffered.
            var failure = appender.Failure();
            handle.Dispose();
            throw failure;
        }

        return appender;
    }

    /// <summary>Number of columns each row needs.</summary>
    public int ColumnCount
    {
        get
        {
            ThrowIfUnusable();
            return checked((int)NativeMethods.duckdb_appender_column_count(handle));
        }
    }

    /// <summary>Appends SQL NULL to the next column.</summary>
    public DuckDbAppender AppendNull() => Check(NativeMethods.duckdb_append_null(Usable()));

    /// <summary>Appends text (NULL when <paramref name="value"/> is null); DuckDB casts it to the column's type.</summary>
    public DuckDbAppender Append(string? value)
    {
        if (value is null)
        {
            return AppendNull();
        }

        var bytes = NativeValues.ToUtf8(value, out var length);
        fixed (byte* pointer = bytes)
        {
            return Check(NativeMethods.duckdb_append_varchar_length(Usable(), pointer, (ulong)length));
        }
    }

    /// <summary>Appends a 64-bit integer.</summary>
    public DuckDbAppender Append(long value) => Check(NativeMethods.duckdb_append_int64(Usable(), value));

    /// <summary>Appends a 32-bit integer.</summary>
    public DuckDbAppender Append(int value) => Check(NativeMethods.duckdb_append_int32(Usable(), value));

    /// <summary>Appends a double.</summary>
    public DuckDbAppender Append(double value) => Check(NativeMethods.duckdb_append_double(Usable(), value));

    /// <summary>Appends a boolean.</summary>
    public DuckDbAppender Append(bool value) => Check(NativeMethods.duckdb_append_bool(Usable(), value));

    /// <summary>Appends a date.</summary>
    public DuckDbAppender Append(DateOnly value) =>
        Check(NativeMethods.duckdb_append_date(Usable(), new NativeDate { Days = NativeValues.ToDuckDbDays(value) }));

    /// <summary>Completes the current row.</summary>
    /// <exception cref="DuckDbException">Fewer values than columns were appended.</exception>
    public void EndRow() => Check(NativeMethods.duckdb_appender_end_row(Usable()));

    /// <summary>Writes buffered rows to the table.</summary>
    /// <exception cref="DuckDbException">A row violates a constraint or cannot be converted.</exception>
    public void Flush() => Check(NativeMethods.duckdb_appender_flush(Usable()));

    /// <summary>Flushes and closes the appender; later appends throw. Calling it again does nothing.</summary>
    public void Close()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (closed)
        {
            return;
        }

        connection.ThrowIfDisposed();
        var state = NativeMethods.duckdb_appender_close(handle);
        closed = true;
        Check(state);
    }

    /// <summary>
    /// Closes the appender if <see cref="Close"/> was not called, flushing completed rows (a failing flush throws
    /// <see cref="DuckDbException"/> rather than losing rows silently). After an earlier append error, buffered rows
    /// are discarded instead. Calling it again does nothing.
    /// </summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        try
        {
            if (!closed && !connection.IsDisposed)
            {
                if (failed)
                {
                    _ = NativeMethods.duckdb_appender_clear(handle);
                }
                else
                {
                    Close();
                }
            }
        }
        finally
        {
            disposed = true;
            handle.Dispose();
        }
    }

    private AppenderHandle Usable()
    {
        ThrowIfUnusable();
        return handle;
    }

    private void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        connection.ThrowIfDisposed();
        if (closed)
        {
            throw new InvalidOperationException($"The appender for '{tableName}' is closed.");
        }
    }

    private DuckDbAppender Check(int state)
    {
        if (state != NativeMethods.Success)
        {
            failed = true;
            throw Failure();
        }

        return this;
    }

    private DuckDbException Failure()
    {
        if (handle.IsInvalid)
        {
            return new DuckDbException($"DuckDB could not create an appender for '{tableName}'.", DuckDbErrorType.Invalid);
        }

        var errorData = NativeMethods.duckdb_appender_error_data(handle);
        try
        {
            var hasError = errorData != 0 && NativeMethods.duckdb_error_data_has_error(errorData);
            var message = hasError
                ? Marshal.PtrToStringUTF8(NativeMethods.duckdb_error_data_message(errorData))
                : null;
            var type = hasError ? (DuckDbErrorType)NativeMethods.duckdb_error_data_error_type(errorData) : DuckDbErrorType.Invalid;
            return new DuckDbException($"{message ?? "DuckDB's appender failed without a message."} (appending to '{tableName}')", type);
        }
        finally
        {
            if (errorData != 0)
            {
                NativeMethods.duckdb_destroy_error_data(ref errorData);
            }
        }
    }
}
