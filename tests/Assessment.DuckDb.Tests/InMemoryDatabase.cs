namespace Assessment.DuckDb.Tests;

/// <summary>An in-memory database with one open connection, for tests that need nothing more.</summary>
internal sealed class InMemoryDatabase : IDisposable
{
    public InMemoryDatabase()
    {
        Database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        Connection = Database.Connect();
    }

    public DuckDbDatabase Database { get; }

    public DuckDbConnection Connection { get; }

    public void Dispose()
    {
        Connection.Dispose();
        Database.Dispose();
    }
}
