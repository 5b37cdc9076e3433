using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>DuckDB C API entry points for results, data chunks, vectors and logical types.</summary>
internal static unsafe partial class NativeMethods
{
    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_destroy_result(NativeResult* result);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_column_name(NativeResult* result, ulong column);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_column_type(NativeResult* result, ulong column);

    /// <summary>The returned logical type must be released with duckdb_destroy_logical_type.</summary>
    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_column_logical_type(NativeResult* result, ulong column);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong duckdb_column_count(NativeResult* result);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong duckdb_rows_changed(NativeResult* result);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_result_error(NativeResult* result);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_result_error_type(NativeResult* result);

    /// <summary>Takes the result struct by value. Returns 0 when the result is exhausted.</summary>
    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_fetch_chunk(NativeResult result);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong duckdb_data_chunk_get_size(DataChunkHandle chunk);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_data_chunk_get_vector(DataChunkHandle chunk, ulong column);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_destroy_data_chunk(ref nint chunk);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_vector_get_data(nint vector);

    /// <summary>Null when every row of the vector is valid.</summary>
    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong* duckdb_vector_get_validity(nint vector);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_destroy_logical_type(ref nint logicalType);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte duckdb_decimal_width(nint logicalType);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte duckdb_decimal_scale(nint logicalType);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_decimal_internal_type(nint logicalType);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_enum_internal_type(nint logicalType);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial uint duckdb_enum_dictionary_size(nint logicalType);

    /// <summary>The returned string must be released with duckdb_free.</summary>
    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_enum_dictionary_value(nint logicalType, ulong index);
}
