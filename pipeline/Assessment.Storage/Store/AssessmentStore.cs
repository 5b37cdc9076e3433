using Assessment.DuckDb;

namespace Assessment.Storage.Store;

/// <summary>
/// The DuckDB file that keeps loaded data between runs. Open one per run; the file is locked to this process
/// while open, so a second run on the same store fails at once with a clear message instead of waiting or corrupting it.
/// </summary>
public sealed class AssessmentStore : IDisposable
{
    private AssessmentStore(DuckDbDatabase database, DuckDbConnection connection)
    {
        Database = database;
        Connection = connection;
    }

    internal DuckDbDatabase Database { get; }

    /// <summary>The store's main connection; use from one thread at a time.</summary>
    internal DuckDbConnection Connection { get; }

    public string Path => Database.Path;

    /// <param name="path">A file path, or ":memory:" for a throwaway store (tests, validate).</param>
    public static AssessmentStore Open(string path)
    {
        if (path != ":memory:")
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }

        DuckDbDatabase database;
        try
        {
            database = DuckDbDatabase.Open(path);
        }
        catch (DuckDbDatabaseInUseException ex)
        {
            throw new StoreException(
                $"The store {path} is in use by another run (or another program has it open). Wait for that run to finish, or pass --store with a different file.", ex);
        }
        catch (DuckDbException ex)
        {
            throw new StoreException($"Cannot open the store {path}: {ex.Message}", ex);
        }

        DuckDbConnection? connection = null;
        try
        {
            connection = database.Connect();
            StoreSchema.Ensure(connection);
        }
        catch
        {
            connection?.Dispose();
            database.Dispose();
            throw;
        }
        return new AssessmentStore(database, connection);
    }

    public void Dispose()
    {
        Connection.Dispose();
        Database.Dispose();
    }
}
