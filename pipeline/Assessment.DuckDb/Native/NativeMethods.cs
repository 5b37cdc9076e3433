using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>
/// DuckDB C API entry points: database, configuration, connection, query and memory. Signatures follow
/// duckdb.h 1.5 (idx_t is 64-bit unsigned, duckdb_state is 0 for success, C bool is one byte).
/// Strings returned as <see cref="nint"/> belong to DuckDB unless a comment says they must be freed.
/// </summary>
internal static unsafe partial class NativeMethods
{
    /// <summary>Name every import uses; <see cref="NativeLibraryResolver"/> maps it to the platform file.</summary>
    public const string LibraryName = "duckdb";

    /// <summary>The C API's DuckDBSuccess.</summary>
    public const int Success = 0;

    static NativeMethods() => NativeLibraryResolver.Register();

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_create_config(out nint config);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_set_config(nint config, string name, string option);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_destroy_config(ref nint config);

    /// <summary>On failure <paramref name="error"/> is a string that must be released with duckdb_free.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_open_ext(string path, out nint database, nint config, out nint error);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_close(ref nint database);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_connect(DatabaseHandle database, out nint connection);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_interrupt(ConnectionHandle connection);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_disconnect(ref nint connection);

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial nint duckdb_library_version();

    [LibraryImport(LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void duckdb_free(nint pointer);

    /// <summary>Runs one or more statements; the result (always to be destroyed) describes the last one.</summary>
    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial int duckdb_query(ConnectionHandle connection, string query, NativeResult* result);
}
