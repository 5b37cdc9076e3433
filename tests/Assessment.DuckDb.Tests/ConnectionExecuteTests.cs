namespace Assessment.DuckDb.Tests;

public sealed class ConnectionExecuteTests : IDisposable
{
    private readonly InMemoryDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void Execute_DataChanges_ReturnRowsChanged()
    {
        Assert.Equal(0L, db.Connection.Execute("CREATE TABLE t(i INTEGER)"));
        Assert.Equal(4L, db.Connection.Execute("INSERT INTO t VALUES (1), (2), (3), (4)"));
        Assert.Equal(2L, db.Connection.Execute("UPDATE t SET i = i * 10 WHERE i > ?", 2));
        Assert.Equal(1L, db.Connection.Execute("DELETE FROM t WHERE i = ?", 1));
        Assert.Equal(3L, db.Connection.Execute("INSERT INTO t SELECT i + 100 FROM t"));
    }

    [Fact]
    public void Execute_CreateTableAs_ReturnsZeroBecauseDuckDbReportsNoCount()
    {
        Assert.Equal(0L, db.Connection.Execute("CREATE TABLE copy AS SELECT * FROM range(3)"));
        Assert.Equal(3L, db.Connection.Scalar<long>("SELECT count(*) FROM copy"));
    }

    [Fact]
    public void Execute_SeveralStatementsWithoutParameters_RunsAllAndCountsTheLast()
    {
        var changed = db.Connection.Execute(
            "CREATE TABLE a(i INTEGER); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2), (3);");

        Assert.Equal(2L, changed);
        Assert.Equal(3L, db.Connection.Scalar<long>("SELECT count(*) FROM a"));
    }

    [Fact]
    public void Scalar_NoRows_ReturnsDefault()
    {
        Assert.Null(db.Connection.Scalar<long?>("SELECT 1 WHERE false"));
        Assert.Equal(0L, db.Connection.Scalar<long>("SELECT 1 WHERE false"));
        Assert.Null(db.Connection.Scalar<string>("SELECT 'x' WHERE false"));
    }

    [Fact]
    public void Scalar_NullValue_ReturnsDefault()
    {
        Assert.Null(db.Connection.Scalar<int?>("SELECT NULL::INTEGER"));
        Assert.Equal(0, db.Connection.Scalar<int>("SELECT NULL::INTEGER"));
        Assert.Null(db.Connection.Scalar<DateOnly?>("SELECT NULL::DATE"));
    }

    [Fact]
    public void Scalar_EachSupportedType_ConvertsFirstColumnOfFirstRow()
    {
        var connection = db.Connection;

        Assert.Equal(49_995_000L, connection.Scalar<long>("SELECT sum(i) FROM range(10000) t(i)"));
        Assert.Equal(7, connection.Scalar<int?>("SELECT 7, 8"));
        Assert.Equal(2.5, connection.Scalar<double>("SELECT 5 / 2"));
        Assert.Equal(0.1m, connection.Scalar<decimal>("SELECT 0.1"));
        Assert.Equal("Whitstable", connection.Scalar<string>("SELECT ?", "Whitstable"));
        Assert.True(connection.Scalar<bool>("SELECT 2 > 1"));
        Assert.Equal(new DateOnly(2025, 3, 1), connection.Scalar<DateOnly>("SELECT DATE '2025-02-28' + 1"));
        Assert.Equal(new DateTime(2025, 1, 1, 12, 0, 0), connection.Scalar<DateTime?>("SELECT TIMESTAMP '2025-01-01 12:00'"));
    }

    [Fact]
    public void Scalar_UnsupportedTargetType_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => db.Connection.Scalar<Guid>("SELECT 1"));
    }

    [Fact]
    public void Query_ReaderStaysValidWhileConnectionRunsOtherStatements()
    {
        db.Connection.Execute("CREATE TABLE t AS SELECT * FROM range(5000) t(i)");
        using var reader = db.Connection.Query("SELECT i FROM t ORDER BY i");
        Assert.True(reader.Read());

        db.Connection.Execute("DELETE FROM t");

        long count = 1;
        while (reader.Read())
        {
            count++;
        }

        Assert.Equal(5000, count);
        Assert.Equal(0L, db.Connection.Scalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Query_ValuesOnlyEverTravelAsParameters_QuotesAreData()
    {
        db.Connection.Execute("CREATE TABLE names(n VARCHAR)");
        const string hostile = "x'); DROP TABLE names; --";

        db.Connection.Execute("INSERT INTO names VALUES (?)", hostile);

        Assert.Equal(hostile, db.Connection.Scalar<string>("SELECT n FROM names"));
    }
}
