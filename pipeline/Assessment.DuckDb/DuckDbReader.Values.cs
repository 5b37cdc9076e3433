using System.Globalization;
using System.Text;
using Assessment.DuckDb.Native;

namespace Assessment.DuckDb;

/// <summary>Typed access to the current row's values.</summary>
public sealed unsafe partial class DuckDbReader
{
    /// <summary>A BOOLEAN value.</summary>
    public bool GetBoolean(int ordinal)
    {
        var column = RequireValue(ordinal, DuckDbType.Boolean);
        return column.Type == DuckDbType.Boolean ? At<byte>(ordinal) != 0 : throw WrongType(column, "Boolean");
    }

    /// <summary>Any integer column (TINYINT to UHUGEINT) as Int32.</summary>
    /// <exception cref="OverflowException">The value does not fit in Int32.</exception>
    public int GetInt32(int ordinal)
    {
        var value = GetInt64(ordinal);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new OverflowException($"Column '{columns[ordinal].Name}' holds {value}, which does not fit in Int32.");
    }

    /// <summary>Any integer column (TINYINT to UHUGEINT, so SUM results too) as Int64.</summary>
    /// <exception cref="OverflowException">The value does not fit in Int64.</exception>
    public long GetInt64(int ordinal)
    {
        var column = RequireValue(ordinal, DuckDbType.BigInt);
        if (!IsInteger(column.Type))
        {
            throw WrongType(column, "Int64");
        }

        var value = ReadInteger(ordinal, column);
        return value >= long.MinValue && value <= long.MaxValue
            ? (long)value
            : throw new OverflowException($"Column '{column.Name}' holds {value}, which does not fit in Int64.");
    }

    /// <summary>FLOAT, DOUBLE, DECIMAL or any integer column as Double (large integers lose precision).</summary>
    public double GetDouble(int ordinal)
    {
        var column = RequireValue(ordinal, DuckDbType.Double);
        return column.Type switch
        {
            DuckDbType.Double => At<double>(ordinal),
            DuckDbType.Float => At<float>(ordinal),
            DuckDbType.Decimal => (double)ReadDecimalUnscaled(ordinal, column) / Math.Pow(10, column.DecimalScale),
            _ when IsInteger(column.Type) => (double)ReadInteger(ordinal, column),
            _ => throw WrongType(column, "Double"),
        };
    }

    /// <summary>DECIMAL or any integer column as Decimal, exactly.</summary>
    /// <exception cref="OverflowException">The value exceeds System.Decimal's range or precision.</exception>
    public decimal GetDecimal(int ordinal)
    {
        var column = RequireValue(ordinal, DuckDbType.Decimal);
        if (column.Type == DuckDbType.Decimal)
        {
            return NativeValues.FromUnscaled(ReadDecimalUnscaled(ordinal, column), column.DecimalScale, column.Name);
        }

        return IsInteger(column.Type)
            ? NativeValues.FromUnscaled(ReadInteger(ordinal, column), 0, column.Name)
            : throw WrongType(column, "Decimal");
    }

    /// <summary>A VARCHAR value (or an ENUM's label).</summary>
    public string GetString(int ordinal)
    {
        var column = RequireValue(ordinal, DuckDbType.Varchar);
        return column.Type switch
        {
            DuckDbType.Varchar => Encoding.UTF8.GetString(StringBytes(ordinal)),
            DuckDbType.Enum => column.EnumLabels[checked((int)ReadInteger(ordinal, column.StorageType))],
            _ => throw WrongType(column, "String"),
        };
    }

    /// <summary>A DATE value.</summary>
    /// <exception cref="OverflowException">The date is infinite or outside DateOnly's range.</exception>
    public DateOnly GetDate(int ordinal)
    {
        var column = RequireValue(ordinal, DuckDbType.Date);
        return column.Type == DuckDbType.Date
            ? NativeValues.FromDuckDbDays(At<int>(ordinal), column.Name)
            : throw WrongType(column, "DateOnly");
    }

    /// <summary>
    /// A TIMESTAMP (any precision; Kind Unspecified, nanoseconds rounded down to 100 ns) or TIMESTAMP WITH TIME ZONE
    /// (Kind Utc) value.
    /// </summary>
    public DateTime GetDateTime(int ordinal)
    {
        var column = RequireValue(ordinal, DuckDbType.Timestamp);
        Int128 raw = column.Type is DuckDbType.Timestamp or DuckDbType.TimestampS or DuckDbType.TimestampMs
            or DuckDbType.TimestampNs or DuckDbType.TimestampTz
            ? At<long>(ordinal)
            : throw WrongType(column, "DateTime");
        var ticks = column.Type switch
        {
            DuckDbType.TimestampS => raw * TimeSpan.TicksPerSecond,
            DuckDbType.TimestampMs => raw * TimeSpan.TicksPerMillisecond,
            DuckDbType.TimestampNs => raw >= 0 ? raw / 100 : -((-raw + 99) / 100),
            _ => raw * TimeSpan.TicksPerMicrosecond,
        };
        var kind = column.Type == DuckDbType.TimestampTz ? DateTimeKind.Utc : DateTimeKind.Unspecified;
        return NativeValues.FromTicksSinceEpoch(ticks, kind, column.Name);
    }

    /// <summary>
    /// The value as its natural .NET type, or null for NULL: bool; sbyte, short, int, long, byte, ushort, uint, ulong,
    /// Int128, UInt128; float, double; decimal; string (VARCHAR, ENUM); byte[] (BLOB); DateOnly; TimeOnly (TIME);
    /// DateTime (TIMESTAMP); DateTimeOffset (TIMESTAMP WITH TIME ZONE, offset 0).
    /// </summary>
    public object? GetValue(int ordinal)
    {
        var column = columns[CurrentColumnIndex(ordinal)];
        ThrowIfUnsupported(column);
        if (IsNull(ordinal))
        {
            return null;
        }

        return column.Type switch
        {
            DuckDbType.Boolean => GetBoolean(ordinal),
            DuckDbType.TinyInt => At<sbyte>(ordinal),
            DuckDbType.SmallInt => At<short>(ordinal),
            DuckDbType.Integer => At<int>(ordinal),
            DuckDbType.BigInt => At<long>(ordinal),
            DuckDbType.UTinyInt => At<byte>(ordinal),
            DuckDbType.USmallInt => At<ushort>(ordinal),
            DuckDbType.UInteger => At<uint>(ordinal),
            DuckDbType.UBigInt => At<ulong>(ordinal),
            DuckDbType.HugeInt => ReadInteger(ordinal, column),
            DuckDbType.UHugeInt => ReadUHugeInt(ordinal),
            DuckDbType.Float => At<float>(ordinal),
            DuckDbType.Double => At<double>(ordinal),
            DuckDbType.Decimal => GetDecimal(ordinal),
            DuckDbType.Varchar or DuckDbType.Enum => GetString(ordinal),
            DuckDbType.Blob => StringBytes(ordinal).ToArray(),
            DuckDbType.Date => GetDate(ordinal),
            DuckDbType.Time => new TimeOnly(At<long>(ordinal) * TimeSpan.TicksPerMicrosecond),
            DuckDbType.TimestampTz => new DateTimeOffset(GetDateTime(ordinal)),
            _ => GetDateTime(ordinal),
        };
    }

    private static bool IsInteger(DuckDbType type) =>
        type is >= DuckDbType.TinyInt and <= DuckDbType.UBigInt or DuckDbType.HugeInt or DuckDbType.UHugeInt;

    private static void ThrowIfUnsupported(ResultColumn column)
    {
        if (!column.IsSupported)
        {
            throw new NotSupportedException(
                $"Column '{column.Name}' has DuckDB type {column.Type.ToString().ToUpperInvariant()}, which this reader " +
                "cannot decode; CAST it in SQL (for example to VARCHAR).");
        }
    }

    /// <summary>The column at <paramref name="ordinal"/> of the current row, checked to be supported and not NULL.</summary>
    private ResultColumn RequireValue(int ordinal, DuckDbType requested)
    {
        var column = columns[CurrentColumnIndex(ordinal)];
        ThrowIfUnsupported(column);
        return IsNull(ordinal)
            ? throw new InvalidCastException(
                $"Column '{column.Name}' is NULL in this row ({requested} requested); check IsNull first.")
            : column;
    }

    private static InvalidCastException WrongType(ResultColumn column, string requested) =>
        new($"Column '{column.Name}' has DuckDB type {column.Type.ToString().ToUpperInvariant()} and cannot be read as {requested}.");

    private T At<T>(int ordinal) where T : unmanaged => ((T*)vectorData[ordinal])[row];

    private Int128 ReadInteger(int ordinal, ResultColumn column) =>
        column.Type == DuckDbType.UHugeInt
            ? ReadUHugeInt(ordinal) <= (UInt128)Int128.MaxValue
                ? (Int128)ReadUHugeInt(ordinal)
                : throw new OverflowException(
                    $"Column '{column.Name}' holds {ReadUHugeInt(ordinal).ToString(CultureInfo.InvariantCulture)}, which is too large.")
            : ReadInteger(ordinal, column.StorageType);

    private Int128 ReadInteger(int ordinal, DuckDbType storage) => storage switch
    {
        DuckDbType.TinyInt => At<sbyte>(ordinal),
        DuckDbType.SmallInt => At<short>(ordinal),
        DuckDbType.Integer => At<int>(ordinal),
        DuckDbType.BigInt => At<long>(ordinal),
        DuckDbType.UTinyInt => At<byte>(ordinal),
        DuckDbType.USmallInt => At<ushort>(ordinal),
        DuckDbType.UInteger => At<uint>(ordinal),
        DuckDbType.UBigInt => At<ulong>(ordinal),
        // duckdb_hugeint is { uint64 lower; int64 upper }.
        DuckDbType.HugeInt => new Int128(((ulong*)vectorData[ordinal])[(2 * row) + 1], ((ulong*)vectorData[ordinal])[2 * row]),
        _ => throw new InvalidOperationException($"DuckDB storage type {storage} is not an integer type."),
    };

    private UInt128 ReadUHugeInt(int ordinal) =>
        new(((ulong*)vectorData[ordinal])[(2 * row) + 1], ((ulong*)vectorData[ordinal])[2 * row]);

    private Int128 ReadDecimalUnscaled(int ordinal, ResultColumn column) => ReadInteger(ordinal, column.StorageType);

    /// <summary>
    /// The bytes of a VARCHAR or BLOB value. duckdb_string_t is 16 bytes: a uint32 length, then up to 12 bytes
    /// inline, or (for longer values) a 4-byte prefix and a pointer at offset 8 valid while the chunk lives.
    /// </summary>
    private ReadOnlySpan<byte> StringBytes(int ordinal)
    {
        var entry = (byte*)vectorData[ordinal] + (row * 16);
        var length = *(uint*)entry;
        var bytes = length <= 12 ? entry + 4 : *(byte**)(entry + 8);
        return new ReadOnlySpan<byte>(bytes, checked((int)length));
    }
}
