namespace Assessment.DuckDb.Tests;

public sealed class DisposalTests
{
    [Fact]
    public void Database_AfterDispose_ConnectThrowsObjectDisposed()
    {
        var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        database.Dispose();
        database.Dispose();

        Assert.Throws<ObjectDisposedException>(() => database.Connect());
    }

    [Fact]
    public void Connection_AfterDispose_EveryOperationThrowsObjectDisposed()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        var connection = database.Connect();
        connection.Dispose();
        connection.Dispose();

        Assert.Throws<ObjectDisposedException>(() => connection.Execute("SELECT 1"));
        Assert.Throws<ObjectDisposedException>(() => connection.Query("SELECT 1"));
        Assert.Throws<ObjectDisposedException>(() => connection.Scalar<int>("SELECT 1"));
        Assert.Throws<ObjectDisposedException>(() => connection.Prepare("SELECT 1"));
        Assert.Throws<ObjectDisposedException>(() => connection.CreateAppender("t"));
        Assert.Throws<ObjectDisposedException>(() => connection.BeginTransaction());
        Assert.Throws<ObjectDisposedException>(connection.Interrupt);
    }

    [Fact]
    public void Statement_AfterDisposeOfItselfOrItsConnection_ThrowsObjectDisposed()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        var connection = database.Connect();
        var statement = connection.Prepare("SELECT ?");
        var orphan = connection.Prepare("SELECT ?");
        statement.Dispose();
        statement.Dispose();
        connection.Dispose();

        Assert.Throws<ObjectDisposedException>(() => statement.Bind(1, 1));
        Assert.Throws<ObjectDisposedException>(() => statement.Execute());
        Assert.Throws<ObjectDisposedException>(() => orphan.Bind(1, 1));
        Assert.Throws<ObjectDisposedException>(() => orphan.Query());
        orphan.Dispose();
    }

    [Fact]
    public void Reader_AfterDispose_ThrowsObjectDisposed()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        using var connection = database.Connect();
        var reader = connection.Query("SELECT 1 AS one");
        Assert.True(reader.Read());
        reader.Dispose();
        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => reader.Read());
        Assert.Throws<ObjectDisposedException>(() => reader.GetInt32(0));
        Assert.Throws<ObjectDisposedException>(() => reader.FieldCount);
        Assert.Throws<ObjectDisposedException>(() => reader.GetOrdinal("one"));
    }

    [Fact]
    public void Reader_Exhausted_CanStillBeDisposedAndReportsNoMoreRows()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        using var connection = database.Connect();
        using var reader = connection.Query("SELECT 1");

        Assert.True(reader.Read());
        Assert.False(reader.Read());
        Assert.False(reader.Read());
    }

    [Fact]
    public void Appender_AfterDispose_ThrowsObjectDisposed()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        using var connection = database.Connect();
        connection.Execute("CREATE TABLE t(i INTEGER)");
        var appender = connection.CreateAppender("t");
        appender.Dispose();
        appender.Dispose();

        Assert.Throws<ObjectDisposedException>(() => appender.Append(1));
        Assert.Throws<ObjectDisposedException>(appender.EndRow);
        Assert.Throws<ObjectDisposedException>(appender.Flush);
        Assert.Throws<ObjectDisposedException>(appender.Close);
    }

    [Fact]
    public void Transaction_AfterDispose_ThrowsObjectDisposed()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        using var connection = database.Connect();
        var transaction = connection.BeginTransaction();
        transaction.Dispose();
        transaction.Dispose();

        Assert.Throws<ObjectDisposedException>(transaction.Commit);
    }

    [Fact]
    public void Reader_OutlivingItsConnectionAndDatabase_StillReadsEveryRow()
    {
        var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        var connection = database.Connect();
        using var reader = connection.Query("SELECT i, 'a value longer than twelve bytes ' || i FROM range(5000) t(i)");
        connection.Dispose();
        database.Dispose();

        var rows = 0;
        while (reader.Read())
        {
            Assert.Equal($"a value longer than twelve bytes {reader.GetInt64(0)}", reader.GetString(1));
            rows++;
        }

        Assert.Equal(5000, rows);
    }

    [Fact]
    public void Database_DisposedBeforeConnection_ConnectionKeepsWorkingUntilDisposed()
    {
        var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        using var connection = database.Connect();
        database.Dispose();

        Assert.Equal(3L, connection.Scalar<long>("SELECT 1 + 2"));
    }
}
