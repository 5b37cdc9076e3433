using System.Security.Cryptography;
using Assessment.Core.Partners;
using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Partners;

/// <summary>
/// How every partner extract is loaded: the file is registered in <c>source_file</c> under its kind (no force or
/// month) with its SHA-256, its rows go to the extract's tables and its rejects to <c>load_reject</c>, all in one
/// transaction. One version per kind is kept: the same content is not read again, and other content (a restated or
/// newer release) replaces the previous version's rows and rejects.
/// </summary>
internal static class PartnerFileRegistry
{
    /// <summary>What a read file gives the registry: its counts, its rejects, and how to write its rows.</summary>
    /// <param name="DataRows">Non-blank data rows read.</param>
    /// <param name="Loaded">Rows (or records) to be stored.</param>
    /// <param name="Rejects">Refused rows, one entry per problem.</param>
    /// <param name="Write">Writes the rows under the new file id, inside the transaction.</param>
    public sealed record Extract(long DataRows, long Loaded, IReadOnlyList<ExtractReject> Rejects, Action<DuckDBConnection, long> Write);

    /// <summary>Loads the file at <paramref name="path"/> unless the same content of <paramref name="kind"/> is loaded.</summary>
    /// <param name="store">The store.</param>
    /// <param name="kind">The extract's <c>source_file.kind</c>.</param>
    /// <param name="path">The file as given (stored, and named in errors).</param>
    /// <param name="sheet">The worksheet read, or null for a CSV.</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <param name="tables">The extract's tables (each with a <c>file_id</c> column) whose rows a replaced version loses.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public static PartnerFileLoad Load(AssessmentStore store, string kind, string path, string? sheet, IReadOnlyList<string> tables, Func<Extract> read)
    {
        var bytes = new FileInfo(path).Length;
        string sha256;
        using (var stream = File.OpenRead(path)) sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));

        var connection = store.Connection;
        long? previous = null;
        using (var reader = connection.Query("SELECT file_id, sha256, rows_read, rows_loaded, rows_rejected FROM source_file WHERE kind = ? AND status = 'loaded'", kind))
        {
            if (reader.Read())
            {
                if (reader.GetString(1) == sha256)
                    return new PartnerFileLoad(reader.GetInt64(0), PartnerFileOutcome.Unchanged, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
                previous = reader.GetInt64(0);
            }
        }

        var extract = read();
        var rejectedRows = extract.Rejects.Select(r => (r.Sheet, r.Row)).Distinct().LongCount();
        if (extract.Loaded + rejectedRows != extract.DataRows)
            throw new InvalidOperationException($"{path}: {extract.DataRows} rows read but {extract.Loaded} loaded and {rejectedRows} rejected; nothing was stored.");

        using var transaction = connection.BeginTransaction();
        if (previous is long old)
        {
            foreach (var table in tables.Append("load_reject").Append("source_file")) connection.Execute($"DELETE FROM {table} WHERE file_id = ?", old);
        }
        var fileId = connection.Scalar<long>(
            """
            INSERT INTO source_file (file_id, kind, force, month, path, sha256, rows_sha256, bytes, line_ending, status, failure, rows_read, rows_loaded, rows_rejected, loaded_at, sheet)
            VALUES (nextval('source_file_id'), ?, NULL, NULL, ?, ?, NULL, ?, '', 'loaded', NULL, ?, ?, ?, ?, ?)
            RETURNING file_id
            """,
            kind, path, sha256, bytes, extract.DataRows, extract.Loaded, rejectedRows, DateTime.UtcNow, sheet);
        extract.Write(connection, fileId);
        foreach (var r in extract.Rejects)
        {
            // A workbook's rejects can come from several sheets; the row number alone would not say which.
            var column = r.Sheet is null || r.Sheet == sheet ? r.Column : $"{r.Sheet}!{r.Column}";
            connection.Execute("INSERT INTO load_reject (file_id, line, column_name, error_type, reason, raw_line) VALUES (?, ?, ?, ?, ?, NULL)",
                fileId, r.Row, column, r.ErrorType, r.Reason);
        }
        transaction.Commit();
        return new PartnerFileLoad(fileId, previous is null ? PartnerFileOutcome.Loaded : PartnerFileOutcome.Replaced, extract.DataRows, extract.Loaded, rejectedRows);
    }
}
