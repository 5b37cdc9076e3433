namespace Assessment.DuckDb.Tests;

public sealed class ReaderTypeTests : IDisposable
{
    private readonly InMemoryDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void GetValue_EachSupportedType_ReturnsNaturalDotNetValue()
    {
        using var reader = db.Connection.Query("""
            SELECT true AS b, CAST(-5 AS TINYINT) AS ti, CAST(-300 AS SMALLINT) AS si, CAST(70000 AS INTEGER) AS i,
                   CAST(5000000000 AS BIGINT) AS bi, CAST(200 AS UTINYINT) AS uti, CAST(60000 AS USMALLINT) AS usi,
                   CAST(4000000000 AS UINTEGER) AS ui, CAST(18000000000000000000 AS UBIGINT) AS ubi,
                   CAST(-170141183460469231731687303715884105727 AS HUGEINT) AS hi,
                   CAST(340282366920938463463374607431768211455 AS UHUGEINT) AS uhi,
                   CAST(1.5 AS FLOAT) AS f, CAST(2.25 AS DOUBLE) AS d,
                   DATE '2024-02-29' AS dt, TIME '13:45:30.25' AS tm,
                   TIMESTAMP '2024-02-29 13:45:30.123456' AS ts, CAST('ab' AS BLOB) AS bl
            """);
        Assert.True(reader.Read());

        Assert.Equal(true, reader.GetValue(0));
        Assert.Equal((sbyte)-5, reader.GetValue(1));
        Assert.Equal((short)-300, reader.GetValue(2));
        Assert.Equal(70000, reader.GetValue(3));
        Assert.Equal(5_000_000_000L, reader.GetValue(4));
        Assert.Equal((byte)200, reader.GetValue(5));
        Assert.Equal((ushort)60000, reader.GetValue(6));
        Assert.Equal(4_000_000_000U, reader.GetValue(7));
        Assert.Equal(18_000_000_000_000_000_000UL, reader.GetValue(8));
        Assert.Equal(-Int128.MaxValue, reader.GetValue(9));
        Assert.Equal(UInt128.MaxValue, reader.GetValue(10));
        Assert.Equal(1.5f, reader.GetValue(11));
        Assert.Equal(2.25d, reader.GetValue(12));
        Assert.Equal(new DateOnly(2024, 2, 29), reader.GetValue(13));
        Assert.Equal(new TimeOnly(13, 45, 30, 250), reader.GetValue(14));
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 30).AddTicks(1_234_560), reader.GetValue(15));
        Assert.Equal(new byte[] { (byte)'a', (byte)'b' }, reader.GetValue(16));
        Assert.False(reader.Read());
    }

    [Fact]
    public void GetColumnType_MirrorsDuckDbTypeNumbers()
    {
        using var reader = db.Connection.Query(
            "SELECT 1::BIGINT, 1::DOUBLE, 'x'::VARCHAR, 1::UHUGEINT, DATE '2024-01-01', sum(1), true");

        Assert.Equal(DuckDbType.BigInt, reader.GetColumnType(0));
        Assert.Equal(5, (int)reader.GetColumnType(0));
        Assert.Equal(11, (int)reader.GetColumnType(1));
        Assert.Equal(17, (int)reader.GetColumnType(2));
        Assert.Equal(32, (int)reader.GetColumnType(3));
        Assert.Equal(DuckDbType.Date, reader.GetColumnType(4));
        Assert.Equal(DuckDbType.HugeInt, reader.GetColumnType(5));
        Assert.Equal(DuckDbType.Boolean, reader.GetColumnType(6));
    }

    [Fact]
    public void TypedGetters_ConvertCompatibleTypes()
    {
        using var reader = db.Connection.Query(
            "SELECT 7::TINYINT AS small, 123.45::DECIMAL(5,2) AS money, 3::UBIGINT AS unsigned, 2.5::FLOAT AS single");
        Assert.True(reader.Read());

        Assert.Equal(7L, reader.GetInt64(0));
        Assert.Equal(7, reader.GetInt32(0));
        Assert.Equal(7.0, reader.GetDouble(0));
        Assert.Equal(123.45m, reader.GetDecimal(1));
        Assert.Equal(123.45, reader.GetDouble(1), 1e-12);
        Assert.Equal(3L, reader.GetInt64(2));
        Assert.Equal(2.5, reader.GetDouble(3));
    }

    [Theory]
    [InlineData("CAST(-1.5 AS DECIMAL(4,1))", "-1.5")]
    [InlineData("CAST(12345.6789 AS DECIMAL(9,4))", "12345.6789")]
    [InlineData("CAST(-12345678901234.5678 AS DECIMAL(18,4))", "-12345678901234.5678")]
    [InlineData("CAST('1234567890123456789012345.678' AS DECIMAL(38,3))", "1234567890123456789012345.678")]
    [InlineData("CAST(0 AS DECIMAL(38,10))", "0")]
    public void GetDecimal_EveryStorageWidth_IsExact(string expression, string expected)
    {
        using var reader = db.Connection.Query($"SELECT {expression}");
        Assert.True(reader.Read());

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reader.GetDecimal(0));
    }

    [Fact]
    public void GetInt64_SumOfIntegers_ReadsHugeInt()
    {
        using var reader = db.Connection.Query("SELECT sum(i) AS total FROM range(10000) t(i)");
        Assert.True(reader.Read());

        Assert.Equal(DuckDbType.HugeInt, reader.GetColumnType(0));
        Assert.Equal(49_995_000L, reader.GetInt64(0));
        Assert.Equal((Int128)49_995_000, reader.GetValue(0));
    }

    [Theory]
    [InlineData("CAST(9223372036854775808 AS HUGEINT)")]
    [InlineData("CAST(-9223372036854775809 AS HUGEINT)")]
    [InlineData("CAST(18446744073709551615 AS UBIGINT)")]
    [InlineData("CAST(340282366920938463463374607431768211455 AS UHUGEINT)")]
    public void GetInt64_ValueBeyondInt64_ThrowsOverflow(string expression)
    {
        using var reader = db.Connection.Query($"SELECT {expression} AS big");
        Assert.True(reader.Read());

        var error = Assert.Throws<OverflowException>(() => reader.GetInt64(0));
        Assert.Contains("'big'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetInt64_ExtremesOfInt64FromHugeInt_AreExact()
    {
        using var reader = db.Connection.Query(
            "SELECT CAST(9223372036854775807 AS HUGEINT), CAST(-9223372036854775808 AS HUGEINT)");
        Assert.True(reader.Read());

        Assert.Equal(long.MaxValue, reader.GetInt64(0));
        Assert.Equal(long.MinValue, reader.GetInt64(1));
    }

    [Fact]
    public void GetInt32_ValueBeyondInt32_ThrowsOverflow()
    {
        using var reader = db.Connection.Query("SELECT 3000000000::BIGINT");
        Assert.True(reader.Read());

        Assert.Throws<OverflowException>(() => reader.GetInt32(0));
    }

    [Fact]
    public void GetDateTime_TimestampPrecisionsAndZone_ConvertToTicks()
    {
        using var reader = db.Connection.Query("""
            SELECT TIMESTAMP_S '2024-01-02 03:04:05', TIMESTAMP_MS '2024-01-02 03:04:05.678',
                   TIMESTAMP_NS '2024-01-02 03:04:05.123456789', TIMESTAMP '1969-12-31 23:59:59.999999',
                   TIMESTAMPTZ '2024-01-02 03:04:05+00'
            """);
        Assert.True(reader.Read());

        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5), reader.GetDateTime(0));
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5, 678), reader.GetDateTime(1));
        // 100 ns resolution: .123456789 s is 1,234,567 ticks after truncation.
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5).AddTicks(1_234_567), reader.GetDateTime(2));
        Assert.Equal(new DateTime(1970, 1, 1).AddTicks(-10), reader.GetDateTime(3));
        var utc = reader.GetDateTime(4);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), utc);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), reader.GetValue(4));
    }

    [Fact]
    public void GetDate_InfiniteDate_ThrowsOverflowNamingColumn()
    {
        using var reader = db.Connection.Query("SELECT 'infinity'::DATE AS forever");
        Assert.True(reader.Read());

        var error = Assert.Throws<OverflowException>(() => reader.GetDate(0));
        Assert.Contains("'forever'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetString_EnumColumn_ReturnsLabel()
    {
        db.Connection.Execute("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')");
        using var reader = db.Connection.Query("SELECT 'happy'::mood, 'sad'::mood");
        Assert.True(reader.Read());

        Assert.Equal(DuckDbType.Enum, reader.GetColumnType(0));
        Assert.Equal("happy", reader.GetString(0));
        Assert.Equal("sad", reader.GetValue(1));
    }

    [Fact]
    public void Nulls_EveryGetter_ReportsNull()
    {
        using var reader = db.Connection.Query(
            "SELECT NULL::BOOLEAN, NULL::INTEGER, NULL::BIGINT, NULL::DOUBLE, NULL::VARCHAR, NULL::DATE, NULL::HUGEINT, NULL::DECIMAL(5,2)");
        Assert.True(reader.Read());

        for (var i = 0; i < reader.FieldCount; i++)
        {
            Assert.True(reader.IsNull(i));
            Assert.Null(reader.GetValue(i));
        }

        Assert.Throws<InvalidCastException>(() => reader.GetBoolean(0));
        Assert.Throws<InvalidCastException>(() => reader.GetInt32(1));
        Assert.Throws<InvalidCastException>(() => reader.GetInt64(2));
        Assert.Throws<InvalidCastException>(() => reader.GetDouble(3));
        Assert.Throws<InvalidCastException>(() => reader.GetString(4));
        Assert.Throws<InvalidCastException>(() => reader.GetDate(5));
    }

    [Fact]
    public void IsNull_NullsSpreadOverSeveralChunks_MatchTheirRows()
    {
        using var reader = db.Connection.Query(
            "SELECT i, CASE WHEN i % 3 = 0 THEN NULL ELSE i END AS v FROM range(5000) t(i) ORDER BY i");
        var nulls = 0;
        long sum = 0;
        while (reader.Read())
        {
            var i = reader.GetInt64(0);
            Assert.Equal(i % 3 == 0, reader.IsNull(1));
            if (reader.IsNull(1))
            {
                nulls++;
            }
            else
            {
                sum += reader.GetInt64(1);
            }
        }

        // Multiples of 3 in 0..4999: 0, 3, ..., 4998, i.e. 1667 of them summing to 3 * (1666 * 1667 / 2).
        Assert.Equal(1667, nulls);
        Assert.Equal((4999L * 5000 / 2) - (3L * 1666 * 1667 / 2), sum);
    }

    [Fact]
    public void Read_RangeOfTenThousand_ReadsEveryRowAcrossChunks()
    {
        using var reader = db.Connection.Query("SELECT i FROM range(10000) t(i)");
        long count = 0;
        long sum = 0;
        while (reader.Read())
        {
            count++;
            sum += reader.GetInt64(0);
        }

        Assert.Equal(10_000, count);
        Assert.Equal(49_995_000, sum);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Read_ConstantColumnsOverManyRows_ReadsSameValueOnEveryRow()
    {
        using var reader = db.Connection.Query(
            "SELECT 'a constant longer than twelve bytes' AS c, 7 AS k, NULL::INTEGER AS n FROM range(3000)");
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            Assert.Equal("a constant longer than twelve bytes", reader.GetString(0));
            Assert.Equal(7, reader.GetInt32(1));
            Assert.True(reader.IsNull(2));
        }

        Assert.Equal(3000, rows);
    }

    [Fact]
    public void Read_EmptyResult_ReturnsFalseButKeepsColumns()
    {
        using var reader = db.Connection.Query("SELECT 1 AS one, 'x' AS two WHERE false");

        Assert.False(reader.Read());
        Assert.Equal(2, reader.FieldCount);
        Assert.Equal("two", reader.GetName(1));
        Assert.Throws<InvalidOperationException>(() => reader.GetInt32(0));
    }

    [Fact]
    public void GetValue_BeforeRead_ThrowsInvalidOperation()
    {
        using var reader = db.Connection.Query("SELECT 1");

        Assert.Throws<InvalidOperationException>(() => reader.GetValue(0));
    }

    [Fact]
    public void GetOrdinal_DifferentCase_FindsColumn()
    {
        using var reader = db.Connection.Query("SELECT 1 AS Force, 2 AS Month");

        Assert.Equal(0, reader.GetOrdinal("force"));
        Assert.Equal(1, reader.GetOrdinal("MONTH"));
        Assert.Equal("Month", reader.GetName(1));
    }

    [Fact]
    public void GetOrdinal_MissingColumn_ThrowsListingAvailableColumns()
    {
        using var reader = db.Connection.Query("SELECT 1 AS crime_type, 2 AS lsoa_code");

        var error = Assert.Throws<ArgumentException>(() => reader.GetOrdinal("month"));

        Assert.Contains("'month'", error.Message, StringComparison.Ordinal);
        Assert.Contains("crime_type, lsoa_code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinal_OutOfRange_ThrowsArgumentOutOfRange()
    {
        using var reader = db.Connection.Query("SELECT 1");
        Assert.True(reader.Read());

        Assert.Throws<ArgumentOutOfRangeException>(() => reader.GetValue(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.GetName(-1));
    }

    [Theory]
    [InlineData("[1, 2, 3]", "LIST")]
    [InlineData("{'a': 1}", "STRUCT")]
    [InlineData("INTERVAL 3 DAY", "INTERVAL")]
    [InlineData("uuid()", "UUID")]
    public void GetValue_UnsupportedType_ThrowsNotSupportedNamingColumnAndType(string expression, string typeName)
    {
        using var reader = db.Connection.Query($"SELECT {expression} AS odd");
        Assert.True(reader.Read());

        var error = Assert.Throws<NotSupportedException>(() => reader.GetValue(0));

        Assert.Contains("'odd'", error.Message, StringComparison.Ordinal);
        Assert.Contains(typeName, error.Message, StringComparison.Ordinal);
        Assert.Contains("CAST", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Getter_IncompatibleType_ThrowsInvalidCastNamingColumn()
    {
        using var reader = db.Connection.Query("SELECT 'text' AS words, 1.5 AS number");
        Assert.True(reader.Read());

        var error = Assert.Throws<InvalidCastException>(() => reader.GetInt64(0));
        Assert.Contains("'words'", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidCastException>(() => reader.GetString(1));
        Assert.Throws<InvalidCastException>(() => reader.GetDate(0));
    }
}
