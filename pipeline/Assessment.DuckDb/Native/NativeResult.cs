using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>
/// Layout of the C API's <c>duckdb_result</c> (48 bytes). Only <see cref="InternalData"/> matters to the
/// non-deprecated API; the struct is passed by value to <c>duckdb_fetch_chunk</c>, so its size must match exactly.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeResult
{
    public ulong DeprecatedColumnCount;
    public ulong DeprecatedRowCount;
    public ulong DeprecatedRowsChanged;
    public nint DeprecatedColumns;
    public nint DeprecatedErrorMessage;
    public nint InternalData;
}
