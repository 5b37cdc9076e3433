using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>DuckDB C API entry points for appenders and error data.</summary>
internal static unsafe partial class NativeMethods
{
    /// <summary>Even on failure an appender is returned; it carries the error and must be destroyed.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_appender_create_ext(
        ConnectionHandle connection, string? catalog, string? schema, string table, out nint appender);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong duckdb_appender_column_count(AppenderHandle appender);

    /// <summary>The returned error data must be released with duckdb_destroy_error_data.</summary>
    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_appender_error_data(AppenderHandle appender);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_destroy_error_data(ref nint errorData);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_error_data_error_type(nint errorData);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_error_data_message(nint errorData);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool duckdb_error_data_has_error(nint errorData);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_appender_flush(AppenderHandle appender);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_appender_close(AppenderHandle appender);

    /// <summary>Discards buffered rows that have not been flushed yet.</summary>
    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_appender_clear(AppenderHandle appender);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_appender_destroy(ref nint appender);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_appender_end_row(AppenderHandle appender);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_append_bool(AppenderHandle appender, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_append_int32(AppenderHandle appender, int value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_append_int64(AppenderHandle appender, long value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_append_double(AppenderHandle appender, double value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_append_date(AppenderHandle appender, NativeDate value);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_append_varchar_length(AppenderHandle appender, byte* value, ulong length);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_append_null(AppenderHandle appender);
}
