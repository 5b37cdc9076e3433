namespace Assessment.DuckDb.Native;

/// <summary>Owns a <c>duckdb_database</c>; closing it releases the file lock.</summary>
internal sealed class DatabaseHandle(nint database) : DuckDbHandle(database, owner: null)
{
    protected override void Release(nint native) => NativeMethods.duckdb_close(ref native);
}
