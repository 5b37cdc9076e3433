namespace Assessment.DuckDb.Native;

/// <summary>
/// Owns a <c>duckdb_appender</c>. Destroying an appender flushes it, which needs its connection, so the
/// connection stays open until then.
/// </summary>
internal sealed class AppenderHandle(nint appender, ConnectionHandle connection) : DuckDbHandle(appender, connection)
{
    // The state is ignored: a failed final flush was already reported by Close, or is deliberately discarded.
    protected override void Release(nint native) => _ = NativeMethods.duckdb_appender_destroy(ref native);
}
