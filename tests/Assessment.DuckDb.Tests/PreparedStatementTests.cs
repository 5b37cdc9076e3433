namespace Assessment.DuckDb.Tests;

public sealed class PreparedStatementTests : IDisposable
{
    private readonly InMemoryDatabase db = new();

    public void Dispose() => db.Dispose();

    public static TheoryData<object, string, object> BoundValues => new()
    {
        { true, "BOOLEAN", true },
        { 42, "INTEGER", 42 },
        { 5_000_000_000L, "BIGINT", 5_000_000_000L },
        { 2.5d, "DOUBLE", 2.5d },
        { 1.25f, "FLOAT", 1.25f },
        { 123.456m, "DECIMAL(6,3)", 123.456m },
        { -0.001m, "DECIMAL(3,3)", -0.001m },
        { 79228162514264337593543950335m, "DECIMAL(29,0)", 79228162514264337593543950335m },
        { "Canterbury", "VARCHAR", "Canterbury" },
        { new DateOnly(2024, 2, 29), "DATE", new DateOnly(2024, 2, 29) },
        { new DateTime(2024, 2, 29, 13, 45, 30), "TIMESTAMP", new DateTime(2024, 2, 29, 13, 45, 30) },
    };

    [Theory]
    [MemberData(nameof(BoundValues))]
    public void Bind_SupportedType_ArrivesWithMatchingDuckDbType(object value, string duckDbType, object expected)
    {
        using var statement = db.Connection.Prepare("SELECT $1 AS v, typeof($1) AS t");
        statement.Bind(1, value);
        using var reader = statement.Query();
        Assert.True(reader.Read());

        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(duckDbType, reader.GetString(1));
    }

    [Fact]
    public void Bind_Null_IsSqlNull()
    {
        using var statement = db.Connection.Prepare("SELECT ?::INTEGER IS NULL");
        statement.Bind(1, null);

        using var reader = statement.Query();
        Assert.True(reader.Read());
        Assert.True(reader.GetBoolean(0));
    }

    [Fact]
    public void Bind_DateTimeWithSubMicrosecondTicks_TruncatesToMicroseconds()
    {
        var value = new DateTime(1969, 12, 31, 23, 59, 59).AddTicks(9_999_999);

        var stored = db.Connection.Scalar<DateTime>("SELECT ?", value);

        // 9,999,999 ticks = 999,999.9 µs: DuckDB keeps 999,999 µs.
        Assert.Equal(new DateTime(1969, 12, 31, 23, 59, 59).AddTicks(9_999_990), stored);
    }

    [Fact]
    public void Bind_UnsupportedType_ThrowsArgumentExceptionNamingType()
    {
        using var statement = db.Connection.Prepare("SELECT ?");

        var error = Assert.Throws<ArgumentException>(() => statement.Bind(1, Guid.Empty));

        Assert.Contains("System.Guid", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT 1", 0)]
    [InlineData("SELECT ? + ?", 2)]
    [InlineData("SELECT $1, $1, $2", 2)]
    public void ParameterCount_CountsDistinctParameters(string sql, int expected)
    {
        using var statement = db.Connection.Prepare(sql);

        Assert.Equal(expected, statement.ParameterCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void Bind_IndexOutsideOneToCount_ThrowsArgumentOutOfRange(int index)
    {
        using var statement = db.Connection.Prepare("SELECT ? + ?");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => statement.Bind(index, 1));

        Assert.Contains("2 parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BindAll_WrongNumberOfValues_ThrowsArgumentException()
    {
        using var statement = db.Connection.Prepare("SELECT ? + ?");

        Assert.Throws<ArgumentException>(() => statement.BindAll(1));
    }

    [Fact]
    public void Execute_UnboundParameter_ThrowsDuckDbException()
    {
        using var statement = db.Connection.Prepare("SELECT ? + 1");

        var error = Assert.Throws<DuckDbException>(() => statement.Execute());

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Execute_ReusedWithNewBindings_InsertsEachRow()
    {
        db.Connection.Execute("CREATE TABLE crimes(category VARCHAR, n INTEGER)");
        using var insert = db.Connection.Prepare("INSERT INTO crimes VALUES (?, ?)");

        var changed = new List<long>();
        foreach (var (category, n) in new[] { ("burglary", 3), ("drugs", 5), ("robbery", 7) })
        {
            insert.BindAll(category, n);
            changed.Add(insert.Execute());
        }

        Assert.Equal([1L, 1L, 1L], changed);
        Assert.Equal(15L, db.Connection.Scalar<long>("SELECT sum(n) FROM crimes"));
        Assert.Equal("drugs", db.Connection.Scalar<string>("SELECT category FROM crimes WHERE n = ?", 5));
    }

    [Fact]
    public void Prepare_InvalidSql_ThrowsWithDuckDbsMessageAndType()
    {
        var error = Assert.Throws<DuckDbException>(() => db.Connection.Prepare("SELECT * FROM no_such_table"));

        Assert.StartsWith("Catalog Error:", error.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDbErrorType.Catalog, error.ErrorType);
    }

    [Fact]
    public void Query_PreparedReaderOutlivesStatement_StillReadsRows()
    {
        DuckDbReader reader;
        using (var statement = db.Connection.Prepare("SELECT i FROM range(3000) t(i) WHERE i >= ?"))
        {
            statement.Bind(1, 1000);
            reader = statement.Query();
        }

        using (reader)
        {
            long count = 0;
            while (reader.Read())
            {
                count++;
            }

            Assert.Equal(2000, count);
        }
    }
}
