using System.Security.Cryptography;
using Assessment.Core.Partners;
using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Partners;

/// <summary>
/// How every partner extract is loaded, in one transaction: the file is registered in <c>source_file</c> (its kind,
/// and for a series of files one per period, the first day of its period in <c>month</c>) with its SHA-256, its rows
/// go to the extract's tables and its rejects to <c>load_reject</c>. One version per kind and period is kept: the same
/// content is not read again, and other content (a restated release, or the CSV of the same sheet) replaces the
/// previous version's rows and rejects. Kinds of which several files are kept side by side (one per indicator export,
/// say) are identified by path as well.
/// </summary>
internal static class PartnerFileRegistry
{
    /// <summary>What a read file gives the registry when its rows go to several tables: its counts, its rejects, and how to write its rows.</summary>
    /// <param name="DataRows">Non-blank data rows read, over every sheet read.</param>
    /// <param name="Loaded">Rows to be stored.</param>
    /// <param name="Rejects">Refused rows, one entry per problem.</param>
    /// <param name="Write">Writes the rows under the new file id, inside the transaction.</param>
    public sealed record Extract(long DataRows, long Loaded, IReadOnlyList<ExtractReject> Rejects, Action<DuckDBConnection, long> Write) : IPartnerExtract
    {
        /// <inheritdoc/>
        public long LoadedRows => Loaded;
    }

    /// <summary>Loads a file whose rows go to one table, unless the same content is loaded already for the same kind and period.</summary>
    /// <param name="store">The open store.</param>
    /// <param name="kind">The <c>source_file.kind</c>.</param>
    /// <param name="period">First day of the file's period when the kind is a series of files (e.g. one per financial year); null for a single file.</param>
    /// <param name="table">The table the rows go to; it has a <c>file_id</c> column.</param>
    /// <param name="path">The file as given (stored, and named in rejects).</param>
    /// <param name="sheet">The worksheet read, or null for a CSV.</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <param name="append">Appends the extract's rows to <paramref name="table"/> under the given file id.</param>
    /// <param name="perPath">True when several files of the kind are kept, one version per path; false (the default) for one per kind and period.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public static PartnerFileLoad Load<T>(AssessmentStore store, string kind, DateOnly? period, string table, string path, string? sheet, Func<T> read, Action<DuckDBAppender, long, T> append, bool perPath = false)
        where T : IPartnerExtract
    {
        ArgumentNullException.ThrowIfNull(append);
        return LoadTables(store, kind, period, [table], path, sheet, read, (connection, fileId, extract) =>
        {
            using var appender = connection.CreateAppender(table);
            append(appender, fileId, extract);
            appender.Close();
        }, perPath);
    }

    /// <summary>
    /// Loads a one-record-per-row extract: as <see cref="Load{T}(AssessmentStore, string, DateOnly?, string, string, string?, Func{T}, Action{DuckDBAppender, long, T}, bool)"/>
    /// for a single file (no period), each record appended after its file id by <paramref name="append"/>.
    /// </summary>
    public static PartnerFileLoad Load<T>(AssessmentStore store, string kind, string table, string path, bool perPath, string? sheet,
        Func<PartnerExtract<T>> read, Action<IDuckDBAppenderRow, T> append) =>
        Load(store, kind, null, table, path, sheet, read, (appender, fileId, extract) =>
        {
            foreach (var record in extract.Records)
            {
                var row = appender.CreateRow().AppendValue(fileId);
                append(row, record);
                row.EndRow();
            }
        }, perPath);

    /// <summary>Loads a single file (no period) whose rows go to several <paramref name="tables"/>, written by the extract's own <see cref="Extract.Write"/>.</summary>
    public static PartnerFileLoad Load(AssessmentStore store, string kind, string path, string? sheet, IReadOnlyList<string> tables, Func<Extract> read) =>
        LoadTables(store, kind, null, tables, path, sheet, read, static (connection, fileId, extract) => extract.Write(connection, fileId), perPath: false);

    private static PartnerFileLoad LoadTables<T>(AssessmentStore store, string kind, DateOnly? period, IReadOnlyList<string> tables, string path, string? sheet,
        Func<T> read, Action<DuckDBConnection, long, T> write, bool perPath)
        where T : IPartnerExtract
    {
        ArgumentNullException.ThrowIfNull(read);
        var bytes = new FileInfo(path).Length;
        string sha256;
        using (var stream = File.OpenRead(path)) sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));

        var connection = store.Connection;
        long? previous = null;
        const string Sql = "SELECT file_id, sha256, rows_read, rows_loaded, rows_rejected FROM source_file WHERE kind = ? AND status = 'loaded' AND month IS NOT DISTINCT FROM ?";
        using (var reader = perPath ? connection.Query(Sql + " AND path = ?", kind, period, path) : connection.Query(Sql, kind, period))
        {
            if (reader.Read())
            {
                if (reader.GetString(1) == sha256)
                    return new PartnerFileLoad(reader.GetInt64(0), PartnerFileOutcome.Unchanged, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
                previous = reader.GetInt64(0);
            }
        }

        var extract = read();
        // A workbook's rejects can come from several sheets, whose row numbers overlap.
        var rejectedRows = extract.Rejects.Select(r => (r.Sheet, r.Row)).Distinct().LongCount();
        if (extract.LoadedRows + rejectedRows != extract.DataRows)
            throw new InvalidOperationException($"{path}: {extract.DataRows} rows read but {extract.LoadedRows} loaded and {rejectedRows} rejected; nothing was stored.");

        using var transaction = connection.BeginTransaction();
        if (previous is long old)
        {
            foreach (var table in tables.Append("load_reject").Append("source_file")) connection.Execute($"DELETE FROM {table} WHERE file_id = ?", old);
        }
        var fileId = connection.Scalar<long>(
            """
            INSERT INTO source_file (file_id, kind, force, month, path, sha256, rows_sha256, bytes, line_ending, status, failure, rows_read, rows_loaded, rows_rejected, loaded_at, sheet)
            VALUES (nextval('source_file_id'), ?, NULL, ?, ?, ?, NULL, ?, '', 'loaded', NULL, ?, ?, ?, ?, ?)
            RETURNING file_id
            """,
            kind, period, path, sha256, bytes, extract.DataRows, extract.LoadedRows, rejectedRows, DateTime.UtcNow, sheet);
        write(connection, fileId, extract);
        foreach (var r in extract.Rejects)
        {
            // The row number alone would not say which sheet a reject is on.
            var column = r.Sheet is null || r.Sheet == sheet ? r.Column : $"{r.Sheet}!{r.Column}";
            connection.Execute("INSERT INTO load_reject (file_id, line, column_name, error_type, reason, raw_line) VALUES (?, ?, ?, ?, ?, NULL)",
                fileId, r.Row, column, r.ErrorType, r.Reason);
        }
        transaction.Commit();
        return new PartnerFileLoad(fileId, previous is null ? PartnerFileOutcome.Loaded : PartnerFileOutcome.Replaced, extract.DataRows, extract.LoadedRows, rejectedRows);
    }
}
