using DuckDB.NET.Data;

namespace Assessment.Storage.Store;

/// <summary>
/// The DuckDB file that keeps loaded data between runs. Open one per run; the file is locked to this process
/// while open, so a second run on the same store fails at once with a clear message instead of waiting or corrupting it.
/// Disposing closes the store's connection; the file is unlocked once every connection opened from it is disposed too.
/// </summary>
public sealed class AssessmentStore : IDisposable
{
    private AssessmentStore(string path, DuckDBConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The store's main connection; use from one thread at a time.</summary>
    internal DuckDBConnection Connection { get; }

    /// <summary>The full path of the store file, or ":memory:" for a throwaway store.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if absent) the store at <paramref name="path"/> and creates or checks its tables.</summary>
    /// <param name="path">A file path (relative to the current directory; missing folders are created), or ":memory:"
    /// for a throwaway store (tests, validate).</param>
    /// <exception cref="StoreException">Another process has the file open ("in use by another run", naming the file),
    /// DuckDB cannot open it (damaged, not a DuckDB file), or it was written by a newer version.</exception>
    public static AssessmentStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var dataSource = path == StoreConnection.InMemory ? path : System.IO.Path.GetFullPath(path);
        if (dataSource != StoreConnection.InMemory)
        {
            var folder = System.IO.Path.GetDirectoryName(dataSource);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }

        DuckDBConnection connection;
        try
        {
            connection = StoreConnection.Open(dataSource);
        }
        catch (DuckDBException ex) when (StoreConnection.IsLockConflict(ex))
        {
            throw new StoreException(
                $"The store {path} is in use by another run (or another program has it open). Wait for that run to finish, or pass --store with a different file.", ex);
        }
        catch (DuckDBException ex)
        {
            throw new StoreException($"Cannot open the store {path}: {ex.Message}", ex);
        }

        try
        {
            StoreSchema.Ensure(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new AssessmentStore(dataSource, connection);
    }

    /// <summary>
    /// Another connection to this store, for a worker thread (same settings as the main one). The caller disposes it;
    /// until then the store file stays locked.
    /// </summary>
    /// <exception cref="DuckDBException">DuckDB could not connect.</exception>
    internal DuckDBConnection OpenConnection() => StoreConnection.OpenAnother(Connection);

    /// <summary>Closes the main connection. Calling it again does nothing.</summary>
    public void Dispose() => Connection.Dispose();
}
