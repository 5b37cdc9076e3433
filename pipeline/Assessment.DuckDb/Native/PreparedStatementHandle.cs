namespace Assessment.DuckDb.Native;

/// <summary>Owns a <c>duckdb_prepared_statement</c>; keeps its connection open until destroyed.</summary>
internal sealed class PreparedStatementHandle(nint statement, ConnectionHandle connection)
    : DuckDbHandle(statement, connection)
{
    protected override void Release(nint native) => NativeMethods.duckdb_destroy_prepare(ref native);
}
