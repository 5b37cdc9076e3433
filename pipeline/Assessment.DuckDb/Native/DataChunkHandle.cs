namespace Assessment.DuckDb.Native;

/// <summary>
/// Owns a <c>duckdb_data_chunk</c> fetched from a result; its vectors are valid until it is destroyed. Its strings
/// may point into the result's storage, so the result stays alive until the chunk is destroyed.
/// </summary>
internal sealed class DataChunkHandle(nint chunk, ResultHandle result) : DuckDbHandle(chunk, result)
{
    protected override void Release(nint native) => NativeMethods.duckdb_destroy_data_chunk(ref native);
}
