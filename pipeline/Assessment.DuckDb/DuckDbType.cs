namespace Assessment.DuckDb;

/// <summary>DuckDB's column types, with the numeric values of the C API's <c>duckdb_type</c>.</summary>
public enum DuckDbType
{
    /// <summary>No valid type.</summary>
    Invalid = 0,
    /// <summary>BOOLEAN.</summary>
    Boolean = 1,
    /// <summary>TINYINT (8-bit signed).</summary>
    TinyInt = 2,
    /// <summary>SMALLINT (16-bit signed).</summary>
    SmallInt = 3,
    /// <summary>INTEGER (32-bit signed).</summary>
    Integer = 4,
    /// <summary>BIGINT (64-bit signed).</summary>
    BigInt = 5,
    /// <summary>UTINYINT (8-bit unsigned).</summary>
    UTinyInt = 6,
    /// <summary>USMALLINT (16-bit unsigned).</summary>
    USmallInt = 7,
    /// <summary>UINTEGER (32-bit unsigned).</summary>
    UInteger = 8,
    /// <summary>UBIGINT (64-bit unsigned).</summary>
    UBigInt = 9,
    /// <summary>FLOAT (32-bit IEEE).</summary>
    Float = 10,
    /// <summary>DOUBLE (64-bit IEEE).</summary>
    Double = 11,
    /// <summary>TIMESTAMP (microseconds, no time zone).</summary>
    Timestamp = 12,
    /// <summary>DATE (days since 1970-01-01).</summary>
    Date = 13,
    /// <summary>TIME (microseconds since midnight).</summary>
    Time = 14,
    /// <summary>INTERVAL.</summary>
    Interval = 15,
    /// <summary>HUGEINT (128-bit signed); SUM over integers returns it.</summary>
    HugeInt = 16,
    /// <summary>VARCHAR (UTF-8 text).</summary>
    Varchar = 17,
    /// <summary>BLOB.</summary>
    Blob = 18,
    /// <summary>DECIMAL(width, scale).</summary>
    Decimal = 19,
    /// <summary>TIMESTAMP_S (seconds).</summary>
    TimestampS = 20,
    /// <summary>TIMESTAMP_MS (milliseconds).</summary>
    TimestampMs = 21,
    /// <summary>TIMESTAMP_NS (nanoseconds).</summary>
    TimestampNs = 22,
    /// <summary>ENUM.</summary>
    Enum = 23,
    /// <summary>LIST.</summary>
    List = 24,
    /// <summary>STRUCT.</summary>
    Struct = 25,
    /// <summary>MAP.</summary>
    Map = 26,
    /// <summary>UUID.</summary>
    Uuid = 27,
    /// <summary>UNION.</summary>
    Union = 28,
    /// <summary>BIT.</summary>
    Bit = 29,
    /// <summary>TIME WITH TIME ZONE.</summary>
    TimeTz = 30,
    /// <summary>TIMESTAMP WITH TIME ZONE (microseconds since the epoch, UTC).</summary>
    TimestampTz = 31,
    /// <summary>UHUGEINT (128-bit unsigned).</summary>
    UHugeInt = 32,
    /// <summary>ARRAY (fixed size).</summary>
    Array = 33,
    /// <summary>ANY (only in function signatures).</summary>
    Any = 34,
    /// <summary>BIGNUM (arbitrary precision integer).</summary>
    BigNum = 35,
    /// <summary>The type of an untyped NULL literal.</summary>
    SqlNull = 36,
    /// <summary>A string literal not yet given a type.</summary>
    StringLiteral = 37,
    /// <summary>An integer literal not yet given a type.</summary>
    IntegerLiteral = 38,
    /// <summary>TIME_NS (nanoseconds since midnight).</summary>
    TimeNs = 39,
    /// <summary>GEOMETRY.</summary>
    Geometry = 40,
    /// <summary>VARIANT.</summary>
    Variant = 41,
}
