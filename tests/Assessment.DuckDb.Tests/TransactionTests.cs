namespace Assessment.DuckDb.Tests;

public sealed class TransactionTests : IDisposable
{
    private readonly InMemoryDatabase db = new();

    public TransactionTests() => db.Connection.Execute("CREATE TABLE t(i INTEGER)");

    public void Dispose() => db.Dispose();

    [Fact]
    public void Commit_ChangesVisibleToOtherConnections()
    {
        using var other = db.Database.Connect();
        using (var transaction = db.Connection.BeginTransaction())
        {
            db.Connection.Execute("INSERT INTO t VALUES (1), (2)");
            Assert.Equal(0L, other.Scalar<long>("SELECT count(*) FROM t"));
            transaction.Commit();
        }

        Assert.Equal(2L, other.Scalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Rollback_DiscardsChanges()
    {
        using (var transaction = db.Connection.BeginTransaction())
        {
            db.Connection.Execute("INSERT INTO t VALUES (1)");
            transaction.Rollback();
        }

        Assert.Equal(0L, db.Connection.Scalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Dispose_WithoutCommit_RollsBack()
    {
        using (db.Connection.BeginTransaction())
        {
            db.Connection.Execute("INSERT INTO t VALUES (1)");
        }

        Assert.Equal(0L, db.Connection.Scalar<long>("SELECT count(*) FROM t"));
        // The connection is usable again, outside any transaction.
        using var next = db.Connection.BeginTransaction();
        next.Commit();
    }

    [Fact]
    public void Dispose_AfterFailedStatement_RollsBackQuietly()
    {
        using (db.Connection.BeginTransaction())
        {
            db.Connection.Execute("INSERT INTO t VALUES (1)");
            Assert.Throws<DuckDbException>(() => db.Connection.Execute("INSERT INTO t VALUES ('not a number')"));
        }

        Assert.Equal(0L, db.Connection.Scalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Commit_Twice_ThrowsInvalidOperation()
    {
        using var transaction = db.Connection.BeginTransaction();
        transaction.Commit();

        Assert.Throws<InvalidOperationException>(transaction.Commit);
        Assert.Throws<InvalidOperationException>(transaction.Rollback);
    }
}
