using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>The C API's <c>duckdb_decimal</c>: width, scale and a 128-bit unscaled value (24 bytes with padding).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeDecimal
{
    public byte Width;
    public byte Scale;
    public ulong ValueLower;
    public long ValueUpper;
}
