namespace Assessment.DuckDb.Native;

/// <summary>Binds one .NET value to a prepared statement parameter with the matching duckdb_bind_* call.</summary>
internal static unsafe class ParameterBinder
{
    /// <summary>The .NET types <see cref="Bind"/> accepts, for error messages.</summary>
    public const string SupportedTypes = "null, bool, int, long, double, float, decimal, string, DateOnly, DateTime";

    /// <summary>Binds <paramref name="value"/> to the 1-based <paramref name="index"/>; the caller checked the range.</summary>
    public static void Bind(PreparedStatementHandle statement, int index, object? value)
    {
        var position = (ulong)index;
        var state = value switch
        {
            null or DBNull => NativeMethods.duckdb_bind_null(statement, position),
            bool boolean => NativeMethods.duckdb_bind_boolean(statement, position, boolean),
            int integer => NativeMethods.duckdb_bind_int32(statement, position, integer),
            long bigInteger => NativeMethods.duckdb_bind_int64(statement, position, bigInteger),
            double real => NativeMethods.duckdb_bind_double(statement, position, real),
            float single => NativeMethods.duckdb_bind_float(statement, position, single),
            decimal number => NativeMethods.duckdb_bind_decimal(statement, position, NativeValues.ToDuckDbDecimal(number)),
            string text => BindString(statement, position, text),
            DateOnly date => NativeMethods.duckdb_bind_date(
                statement, position, new NativeDate { Days = NativeValues.ToDuckDbDays(date) }),
            DateTime timestamp => NativeMethods.duckdb_bind_timestamp(
                statement, position, new NativeTimestamp { Micros = NativeValues.ToDuckDbMicros(timestamp) }),
            _ => throw new ArgumentException(
                $"Parameter {index}: a value of type {value.GetType().FullName} cannot be bound. " +
                $"Supported: {SupportedTypes}.",
                nameof(value)),
        };

        if (state != NativeMethods.Success)
        {
            throw new DuckDbException(
                $"DuckDB refused the {value?.GetType().Name ?? "NULL"} value for parameter {index}.",
                DuckDbErrorType.InvalidInput);
        }
    }

    private static int BindString(PreparedStatementHandle statement, ulong position, string text)
    {
        // Length-delimited, so text containing U+0000 is bound whole rather than cut at the first NUL.
        var bytes = NativeValues.ToUtf8(text, out var length);
        fixed (byte* pointer = bytes)
        {
            return NativeMethods.duckdb_bind_varchar_length(statement, position, pointer, (ulong)length);
        }
    }
}
