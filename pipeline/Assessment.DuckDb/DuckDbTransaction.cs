namespace Assessment.DuckDb;

/// <summary>
/// An explicit transaction on one connection, begun by <see cref="DuckDbConnection.BeginTransaction"/>. Disposing it
/// without <see cref="Commit"/> rolls back.
/// </summary>
public sealed class DuckDbTransaction : IDisposable
{
    private readonly DuckDbConnection connection;
    private bool completed;
    private bool disposed;

    internal DuckDbTransaction(DuckDbConnection connection) => this.connection = connection;

    /// <summary>Makes the transaction's changes permanent.</summary>
    /// <exception cref="InvalidOperationException">The transaction was already committed or rolled back.</exception>
    /// <exception cref="DuckDbException">DuckDB could not commit (e.g. a write conflict); the changes are lost.</exception>
    public void Commit() => Complete("COMMIT");

    /// <summary>Discards the transaction's changes.</summary>
    /// <exception cref="InvalidOperationException">The transaction was already committed or rolled back.</exception>
    public void Rollback() => Complete("ROLLBACK");

    /// <summary>
    /// Rolls back unless committed or rolled back already. A failing rollback (e.g. the connection is closed) is
    /// ignored, because DuckDB discards an unfinished transaction with its connection anyway. Calling it again does
    /// nothing.
    /// </summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (completed || connection.IsDisposed)
        {
            return;
        }

        try
        {
            connection.Execute("ROLLBACK");
        }
        catch (DuckDbException)
        {
            // Dispose often runs while another exception unwinds; hiding that one would be worse.
        }
    }

    private void Complete(string statement)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (completed)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }

        completed = true;
        connection.Execute(statement);
    }
}
