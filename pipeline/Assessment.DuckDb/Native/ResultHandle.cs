using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>
/// Owns a <c>duckdb_result</c> in native memory. The struct is allocated zeroed, so destroying it is safe even if
/// no query ever filled it; it is always destroyed, including after errors (the error text lives in it). The
/// connection stays open while the result lives, because the result's storage belongs to its database.
/// </summary>
internal sealed unsafe class ResultHandle(ConnectionHandle connection)
    : DuckDbHandle((nint)NativeMemory.AllocZeroed((nuint)sizeof(NativeResult)), connection)
{
    /// <summary>The result struct; valid until this handle is disposed.</summary>
    public NativeResult* Pointer
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsClosed, this);
            return (NativeResult*)handle;
        }
    }

    protected override void Release(nint native)
    {
        NativeMethods.duckdb_destroy_result((NativeResult*)native);
        NativeMemory.Free((void*)native);
    }
}
