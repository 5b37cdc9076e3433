using Assessment.Core.Model;
using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Ingest;

/// <summary>The <c>source_file</c> table: which content is loaded for each force-month, and which files were refused.</summary>
internal sealed class SourceFileRegistry(DuckDBConnection connection)
{
    /// <summary>The connection this registry reads and writes through (one per thread).</summary>
    public DuckDBConnection Connection => connection;

    public RegisteredFile? FindLoaded(string kind, string force, YearMonth month)
    {
        using var reader = connection.Query(
            "SELECT file_id, path, sha256, rows_loaded, rows_rejected FROM source_file WHERE kind = ? AND force = ? AND month = ? AND status = 'loaded'",
            kind, force, month.FirstDay);
        return reader.Read()
            ? new RegisteredFile(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4))
            : null;
    }

    /// <summary>
    /// A loaded file of another force or month whose data rows are the same multiset as <paramref name="rowsSha256"/>
    /// (see <see cref="SourceFileScan.RowsSha256"/>), or null.
    /// </summary>
    public RegisteredFile? FindLoadedWithSameRows(string kind, string force, YearMonth month, string rowsSha256)
    {
        using var reader = connection.Query(
            """
            SELECT file_id, path, sha256, rows_loaded, rows_rejected FROM source_file
            WHERE kind = ? AND status = 'loaded' AND rows_sha256 = ? AND NOT (force = ? AND month = ?)
            ORDER BY file_id LIMIT 1
            """,
            kind, rowsSha256, force, month.FirstDay);
        return reader.Read()
            ? new RegisteredFile(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4))
            : null;
    }

    public long Insert(string kind, PoliceUkSourceFile file, SourceFileScan scan, string status, string? failure, DateTimeOffset at) =>
        connection.Scalar<long>(
            """
            INSERT INTO source_file (file_id, kind, force, month, path, sha256, rows_sha256, bytes, line_ending, status, failure, rows_read, rows_loaded, rows_rejected, loaded_at)
            VALUES (nextval('source_file_id'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)
            RETURNING file_id
            """,
            kind, file.Name.Force, file.Name.Month.FirstDay, file.DisplayPath, scan.Sha256, scan.RowsSha256, scan.Bytes,
            scan.LineEnding.ToString(), status, failure, scan.DataRows, at.UtcDateTime);

    public void SetCounts(long fileId, long loaded, long rejected) =>
        connection.Execute("UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE file_id = ?", loaded, rejected, fileId);

    /// <summary>Removes a file and everything loaded or rejected from it.</summary>
    public void Delete(long fileId)
    {
        connection.Execute("DELETE FROM street_record WHERE file_id = ?", fileId);
        connection.Execute("DELETE FROM load_reject WHERE file_id = ?", fileId);
        connection.Execute("DELETE FROM source_file WHERE file_id = ?", fileId);
    }

    /// <summary>
    /// Forgets earlier refusals for a force-month (all of them, or only those from one path), so a refused file
    /// that is fixed and loaded, or refused again, isn't reported twice.
    /// </summary>
    public void DeleteFailures(string kind, string force, YearMonth month, string? path = null)
    {
        using var reader = connection.Query(
            "SELECT file_id FROM source_file WHERE kind = ? AND force = ? AND month = ? AND status = 'failed' AND (? IS NULL OR path = ?)",
            kind, force, month.FirstDay, path, path);
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        foreach (var id in ids) Delete(id);
    }
}
