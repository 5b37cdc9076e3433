namespace Assessment.DuckDb.Tests;

public sealed class DatabaseLockTests
{
    [Fact]
    public void Open_FileLockedByAnotherProcess_ThrowsDatabaseInUseNamingTheFile()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Combine("busy.duckdb");
        using (var database = DuckDbDatabase.Open(path))
        using (var connection = database.Connect())
        {
            connection.Execute("CREATE TABLE t(i INTEGER)");
        }

        using var holder = LockHolder.Start(path);

        var error = Assert.Throws<DuckDbDatabaseInUseException>(() => DuckDbDatabase.Open(path));

        Assert.Equal(path, error.DatabasePath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("another run", error.Message, StringComparison.Ordinal);
        Assert.Contains("Wait", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDbErrorType.IO, error.ErrorType);
    }

    [Fact]
    public void Open_AfterOtherProcessReleasesLock_Succeeds()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Combine("released.duckdb");
        using (DuckDbDatabase.Open(path))
        {
        }

        using (var holder = LockHolder.Start(path))
        {
            Assert.Throws<DuckDbDatabaseInUseException>(() => DuckDbDatabase.Open(path));
        }

        using var database = DuckDbDatabase.Open(path);
        Assert.Equal(path, database.Path);
    }
}
