namespace Assessment.DuckDb.Tests;

public sealed class AppenderTests : IDisposable
{
    private readonly InMemoryDatabase db = new();

    public AppenderTests() => db.Connection.Execute(
        "CREATE TABLE rows(s VARCHAR, l BIGINT, i INTEGER, d DOUBLE, b BOOLEAN, dt DATE)");

    public void Dispose() => db.Dispose();

    [Fact]
    public void Append_EveryType_RoundTrips()
    {
        using (var appender = db.Connection.CreateAppender("rows"))
        {
            Assert.Equal(6, appender.ColumnCount);
            appender.Append("Café ☕ longer than twelve bytes").Append(5_000_000_000L).Append(-7).Append(0.125)
                .Append(true).Append(new DateOnly(2024, 2, 29));
            appender.EndRow();
            appender.Append((string?)null).AppendNull().AppendNull().AppendNull().AppendNull().AppendNull();
            appender.EndRow();
            appender.Append("short").Append(long.MinValue).Append(int.MaxValue).Append(double.MaxValue)
                .Append(false).Append(new DateOnly(1, 1, 1));
            appender.EndRow();
            appender.Close();
        }

        using var reader = db.Connection.Query("SELECT * FROM rows ORDER BY l NULLS LAST");
        Assert.True(reader.Read());
        Assert.Equal(["short", long.MinValue, int.MaxValue, double.MaxValue, false, new DateOnly(1, 1, 1)], Row(reader));
        Assert.True(reader.Read());
        Assert.Equal(["Café ☕ longer than twelve bytes", 5_000_000_000L, -7, 0.125, true, new DateOnly(2024, 2, 29)], Row(reader));
        Assert.True(reader.Read());
        Assert.All(Row(reader), Assert.Null);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Append_TextIntoTypedColumns_DuckDbCasts()
    {
        using (var appender = db.Connection.CreateAppender("rows"))
        {
            appender.Append("text").Append("12").Append("3").Append("2.5").Append("true").Append("2025-01-31");
            appender.EndRow();
        }

        using var reader = db.Connection.Query("SELECT * FROM rows");
        Assert.True(reader.Read());
        Assert.Equal(["text", 12L, 3, 2.5, true, new DateOnly(2025, 1, 31)], Row(reader));
    }

    [Fact]
    public void Dispose_WithoutClose_FlushesCompletedRows()
    {
        using (var appender = db.Connection.CreateAppender("rows"))
        {
            for (var i = 0; i < 5000; i++)
            {
                appender.Append("r").Append((long)i).Append(i).Append(i / 2.0).Append(i % 2 == 0).Append(new DateOnly(2024, 1, 1));
                appender.EndRow();
            }
        }

        Assert.Equal(5000L, db.Connection.Scalar<long>("SELECT count(*) FROM rows"));
        Assert.Equal(4999L * 5000 / 2, db.Connection.Scalar<long>("SELECT sum(l) FROM rows"));
    }

    [Fact]
    public void CreateAppender_MissingTable_ThrowsWithDuckDbsTextAndTableName()
    {
        var error = Assert.Throws<DuckDbException>(() => db.Connection.CreateAppender("no_such_table"));

        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDbErrorType.Catalog, error.ErrorType);
    }

    [Fact]
    public void CreateAppender_TableInSchema_AppendsThere()
    {
        db.Connection.Execute("CREATE SCHEMA staging; CREATE TABLE staging.items(n INTEGER)");

        using (var appender = db.Connection.CreateAppender("items", "staging"))
        {
            appender.Append(41).EndRow();
            appender.Append(1).EndRow();
        }

        Assert.Equal(42L, db.Connection.Scalar<long>("SELECT sum(n) FROM staging.items"));
    }

    [Fact]
    public void Append_MoreValuesThanColumns_ThrowsDuckDbException()
    {
        using var appender = db.Connection.CreateAppender("rows");
        appender.Append("a").Append(1L).Append(2).Append(3.0).Append(true).Append(new DateOnly(2024, 1, 1));

        var error = Assert.Throws<DuckDbException>(() => appender.Append("one too many"));

        Assert.Contains("rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndRow_FewerValuesThanColumns_ThrowsDuckDbException()
    {
        using var appender = db.Connection.CreateAppender("rows");
        appender.Append("a").Append(1L);

        var error = Assert.Throws<DuckDbException>(appender.EndRow);

        Assert.Contains("rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_AfterAppendError_DiscardsBufferedRowsWithoutThrowing()
    {
        using (var appender = db.Connection.CreateAppender("rows"))
        {
            appender.Append("kept?").Append(1L).Append(1).Append(1.0).Append(true).Append(new DateOnly(2024, 1, 1));
            appender.EndRow();
            appender.Append("short row");
            Assert.Throws<DuckDbException>(appender.EndRow);
        }

        Assert.Equal(0L, db.Connection.Scalar<long>("SELECT count(*) FROM rows"));
    }

    [Fact]
    public void Append_AfterClose_ThrowsInvalidOperation()
    {
        using var appender = db.Connection.CreateAppender("rows");
        appender.Close();
        appender.Close();

        Assert.Throws<InvalidOperationException>(() => appender.Append(1));
    }

    [Fact]
    public void Close_ConstraintViolation_ThrowsDuckDbExceptionWithType()
    {
        db.Connection.Execute("CREATE TABLE keyed(id INTEGER PRIMARY KEY)");
        using var appender = db.Connection.CreateAppender("keyed");
        appender.Append(1).EndRow();
        appender.Append(1).EndRow();

        var error = Assert.Throws<DuckDbException>(appender.Close);

        Assert.Equal(DuckDbErrorType.Constraint, error.ErrorType);
        Assert.Contains("keyed", error.Message, StringComparison.Ordinal);
    }

    private static object?[] Row(DuckDbReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray();
}
