using System.Security.Cryptography;
using Assessment.Core.Partners;
using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Partners;

/// <summary>
/// Registers a partner extract in <c>source_file</c> and stores its rows and rejects in one transaction. A file is one
/// version of its <c>kind</c> (or, for kinds of which several files are loaded, of its kind and path): the same content
/// is not read again, and other content replaces the earlier version's rows and rejects.
/// </summary>
internal static class PartnerFileRegistry
{
    /// <summary>Loads <paramref name="path"/> unless the same content is loaded already.</summary>
    /// <param name="store">The open store.</param>
    /// <param name="kind">The <c>source_file.kind</c>.</param>
    /// <param name="table">The table the rows go to (has a <c>file_id</c> column).</param>
    /// <param name="path">The file as given.</param>
    /// <param name="perPath">True when several files of the kind are kept (one per path); false for one per kind.</param>
    /// <param name="sheet">The worksheet read, for a workbook; null for a CSV.</param>
    /// <param name="read">Reads the file; called only when its content is new.</param>
    /// <param name="append">Writes one record through the appender (after the file id, which is appended first).</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public static PartnerFileLoad Load<T>(AssessmentStore store, string kind, string table, string path, bool perPath, string? sheet,
        Func<PartnerExtract<T>> read, Action<IDuckDBAppenderRow, T> append)
    {
        var bytes = new FileInfo(path).Length;
        string sha256;
        using (var stream = File.OpenRead(path)) sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));

        var connection = store.Connection;
        long? previous = null;
        var sql = "SELECT file_id, sha256, rows_read, rows_loaded, rows_rejected FROM source_file WHERE kind = ? AND status = 'loaded'" + (perPath ? " AND path = ?" : "");
        using (var reader = perPath ? connection.Query(sql, kind, path) : connection.Query(sql, kind))
        {
            if (reader.Read())
            {
                if (reader.GetString(1) == sha256)
                    return new PartnerFileLoad(reader.GetInt64(0), PartnerFileOutcome.Unchanged, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
                previous = reader.GetInt64(0);
            }
        }

        var extract = read();
        var rejectedRows = extract.Rejects.Select(r => r.Row).Distinct().LongCount();
        if (extract.Records.Count + rejectedRows != extract.DataRows)
            throw new InvalidOperationException($"{path}: {extract.DataRows} rows read but {extract.Records.Count} loaded and {rejectedRows} rejected; nothing was stored.");

        using var transaction = connection.BeginTransaction();
        if (previous is long old)
        {
            connection.Execute($"DELETE FROM {table} WHERE file_id = ?", old);
            connection.Execute("DELETE FROM load_reject WHERE file_id = ?", old);
            connection.Execute("DELETE FROM source_file WHERE file_id = ?", old);
        }
        var fileId = connection.Scalar<long>(
            """
            INSERT INTO source_file (file_id, kind, force, month, path, sha256, rows_sha256, bytes, line_ending, status, failure, rows_read, rows_loaded, rows_rejected, loaded_at, sheet)
            VALUES (nextval('source_file_id'), ?, NULL, NULL, ?, ?, NULL, ?, '', 'loaded', NULL, ?, ?, ?, ?, ?)
            RETURNING file_id
            """,
            kind, path, sha256, bytes, extract.DataRows, (long)extract.Records.Count, rejectedRows, DateTime.UtcNow, sheet);

        using (var appender = connection.CreateAppender(table))
        {
            foreach (var record in extract.Records)
            {
                var row = appender.CreateRow().AppendValue(fileId);
                append(row, record);
                row.EndRow();
            }
            appender.Close();
        }
        foreach (var r in extract.Rejects)
        {
            connection.Execute("INSERT INTO load_reject (file_id, line, column_name, error_type, reason, raw_line) VALUES (?, ?, ?, ?, ?, NULL)",
                fileId, r.Row, r.Column, r.ErrorType, r.Reason);
        }
        transaction.Commit();
        return new PartnerFileLoad(fileId, previous is null ? PartnerFileOutcome.Loaded : PartnerFileOutcome.Replaced, extract.DataRows, extract.Records.Count, rejectedRows);
    }
}
