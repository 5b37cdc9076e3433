using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>DuckDB C API entry points for prepared statements. Parameter indices are 1-based.</summary>
internal static unsafe partial class NativeMethods
{
    /// <summary>Even on failure the statement must be destroyed; its error is read with duckdb_prepare_error.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_prepare(ConnectionHandle connection, string query, out nint statement);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_destroy_prepare(ref nint statement);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_prepare_error(PreparedStatementHandle statement);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong duckdb_nparams(PreparedStatementHandle statement);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_boolean(
        PreparedStatementHandle statement, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_int32(PreparedStatementHandle statement, ulong index, int value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_int64(PreparedStatementHandle statement, ulong index, long value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_float(PreparedStatementHandle statement, ulong index, float value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_double(PreparedStatementHandle statement, ulong index, double value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_decimal(PreparedStatementHandle statement, ulong index, NativeDecimal value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_date(PreparedStatementHandle statement, ulong index, NativeDate value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_timestamp(
        PreparedStatementHandle statement, ulong index, NativeTimestamp value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_varchar_length(
        PreparedStatementHandle statement, ulong index, byte* value, ulong length);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_bind_null(PreparedStatementHandle statement, ulong index);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_execute_prepared(PreparedStatementHandle statement, NativeResult* result);
}
