using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>The C API's <c>duckdb_date</c>: days since 1970-01-01.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeDate
{
    public int Days;
}
