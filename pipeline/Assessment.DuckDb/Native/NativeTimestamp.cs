using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>The C API's <c>duckdb_timestamp</c>: microseconds since 1970-01-01 00:00:00.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeTimestamp
{
    public long Micros;
}
