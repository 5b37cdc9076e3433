namespace Assessment.DuckDb.Native;

/// <summary>Owns a <c>duckdb_connection</c>; keeps its database open until disconnected.</summary>
internal sealed class ConnectionHandle(nint connection, DatabaseHandle database)
    : DuckDbHandle(connection, database)
{
    protected override void Release(nint native) => NativeMethods.duckdb_disconnect(ref native);
}
