namespace Assessment.DuckDb.Tests;

public sealed class ErrorTests : IDisposable
{
    private readonly InMemoryDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void Execute_SyntaxError_CarriesDuckDbsMessageAndParserType()
    {
        var error = Assert.Throws<DuckDbException>(() => db.Connection.Execute("SELEC 1"));

        Assert.StartsWith("Parser Error:", error.Message, StringComparison.Ordinal);
        Assert.Contains("SELEC", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDbErrorType.Parser, error.ErrorType);
    }

    [Fact]
    public void Query_MissingColumn_CarriesBinderType()
    {
        db.Connection.Execute("CREATE TABLE t(month VARCHAR)");

        var error = Assert.Throws<DuckDbException>(() => db.Connection.Query("SELECT lsoa FROM t"));

        Assert.StartsWith("Binder Error:", error.Message, StringComparison.Ordinal);
        Assert.Contains("lsoa", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDbErrorType.Binder, error.ErrorType);
    }

    // Each statement fails with a different DuckDB error category. The native error type and the category named in
    // DuckDB's message prefix come from separate DuckDB code paths; agreeing proves the enum's numbering and the
    // prefix table used for errors that only come as text (open, prepare).
    [Theory]
    [InlineData("SELEC 1", DuckDbErrorType.Parser)]
    [InlineData("SELECT * FROM missing_table", DuckDbErrorType.Catalog)]
    [InlineData("SELECT no_such_column", DuckDbErrorType.Binder)]
    [InlineData("SELECT CAST('abc' AS INTEGER)", DuckDbErrorType.Conversion)]
    [InlineData("SELECT 9223372036854775807::BIGINT + 1", DuckDbErrorType.OutOfRange)]
    [InlineData("SELECT error('custom failure')", DuckDbErrorType.InvalidInput)]
    [InlineData("COMMIT", DuckDbErrorType.Transaction)]
    [InlineData("CREATE TABLE k(i INTEGER PRIMARY KEY); INSERT INTO k VALUES (1), (1)", DuckDbErrorType.Constraint)]
    [InlineData("CREATE SCHEMA s; CREATE TABLE s.t(i INTEGER); DROP SCHEMA s", DuckDbErrorType.Dependency)]
    [InlineData("SELECT * FROM read_csv('/nonexistent/file.csv')", DuckDbErrorType.IO)]
    [InlineData("CREATE SEQUENCE q MAXVALUE 2; SELECT nextval('q') FROM range(3)", DuckDbErrorType.Sequence)]
    [InlineData("SET enable_external_access = false; SELECT * FROM read_csv('/tmp/x.csv')", DuckDbErrorType.Permission)]
    public void ErrorType_NativeTypeAgreesWithMessagePrefix(string sql, DuckDbErrorType expected)
    {
        var error = Assert.Throws<DuckDbException>(() => db.Connection.Execute(sql));

        Assert.Equal(expected, error.ErrorType);
        Assert.Equal(expected, Native.DuckDbErrors.TypeFromMessage(error.Message));
    }

    [Fact]
    public void TypeFromMessage_UnknownPrefix_IsInvalid()
    {
        Assert.Equal(DuckDbErrorType.Invalid, Native.DuckDbErrors.TypeFromMessage("something odd happened"));
        Assert.Equal(DuckDbErrorType.Invalid, Native.DuckDbErrors.TypeFromMessage("Unheard-of Error: x"));
    }

    [Fact]
    public void Connection_AfterError_RemainsUsable()
    {
        Assert.Throws<DuckDbException>(() => db.Connection.Execute("SELECT * FROM nowhere"));

        Assert.Equal(1L, db.Connection.Scalar<long>("SELECT 1"));
    }

    [Fact]
    public void Interrupt_WhenIdle_DoesNotCancelTheNextStatement()
    {
        db.Connection.Interrupt();

        Assert.Equal(499_999_500_000L, db.Connection.Scalar<long>("SELECT sum(i) FROM range(1000000) t(i)"));
    }

    [Fact]
    public async Task Interrupt_RunningStatement_ThrowsOperationCanceled()
    {
        var running = Task.Run(() =>
            db.Connection.Scalar<long>("SELECT count(*) FROM range(1000000000000) a WHERE hash(a.range) % 7 = 3"));

        // An interrupt that arrives before the statement starts is forgotten, so keep asking until it stops.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!running.IsCompleted && DateTime.UtcNow < deadline)
        {
            db.Connection.Interrupt();
            await Task.Delay(20);
        }

        var error = await Assert.ThrowsAsync<OperationCanceledException>(() => running);
        var inner = Assert.IsType<DuckDbException>(error.InnerException);
        Assert.Equal(DuckDbErrorType.Interrupt, inner.ErrorType);
        Assert.Equal(1L, db.Connection.Scalar<long>("SELECT 1"));
    }
}
