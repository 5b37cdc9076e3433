using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Ingest;

/// <summary>
/// Loads police.uk street-level files that share a line ending with ONE <c>read_csv</c> (explicit schema, no
/// sniffing) straight into <c>street_record</c> (DuckDB reads the files in parallel), inside the caller's transaction.
/// Each row gets its file's id through the <c>filename</c> column; unparseable rows are skipped by DuckDB and copied,
/// with line, column and reason, to <c>load_reject</c>. Afterwards every file's loaded and rejected rows are counted
/// in those tables (not with a <c>count(*)</c> over read_csv, which converts no columns and so rejects nothing) so the
/// caller can check them against the independent count before committing.
/// </summary>
/// <remarks>
/// A single read_csv over files with different line endings has been seen to return no rows, and no error, for files
/// whose line ending differs from the first's (the real Kent files: CRLF in 2024, LF in 2025), which is why a batch
/// shares a line ending and every file's count is checked. A batch of one file is the fallback path.
/// </remarks>
internal static class StreetCsvLoader
{
    // Column names are the police.uk header; types are what the analysis needs. Month is a DATE so that a
    // malformed month is a rejected row with its line number, not a silent NULL.
    private const string ReadCsv = """
        read_csv(string_split($1, chr(10)),
            header = true,
            auto_detect = false,
            delim = ',',
            quote = '"',
            escape = '"',
            dateformat = '%Y-%m',
            strict_mode = true,
            null_padding = false,
            filename = true,
            store_rejects = true,
            rejects_table = 'ingest_reject_errors',
            rejects_scan = 'ingest_reject_scans',
            columns = {
                'Crime ID': 'VARCHAR', 'Month': 'DATE', 'Reported by': 'VARCHAR', 'Falls within': 'VARCHAR',
                'Longitude': 'DOUBLE', 'Latitude': 'DOUBLE', 'Location': 'VARCHAR', 'LSOA code': 'VARCHAR',
                'LSOA name': 'VARCHAR', 'Crime type': 'VARCHAR', 'Last outcome category': 'VARCHAR', 'Context': 'VARCHAR'
            })
        """;

    /// <param name="connection">The caller's connection, inside its transaction.</param>
    /// <param name="files">Store id and full path of each file in the batch.</param>
    /// <returns>Per file id: rows loaded and distinct lines rejected.</returns>
    public static Dictionary<long, (long Loaded, long RejectedLines)> Load(DuckDBConnection connection, IReadOnlyList<(long FileId, string Path)> files)
    {
        connection.Execute("DROP TABLE IF EXISTS temp.batch_file; DROP TABLE IF EXISTS temp.ingest_reject_errors; DROP TABLE IF EXISTS temp.ingest_reject_scans;");
        connection.Execute("CREATE TEMP TABLE batch_file (file_id BIGINT NOT NULL, path VARCHAR NOT NULL)");
        using (var appender = connection.CreateAppender("batch_file"))
        {
            foreach (var (fileId, path) in files)
            {
                appender.CreateRow().AppendValue(fileId).AppendValue(path).EndRow();
            }
            appender.Close();
        }

        connection.Execute(
            $"""
            INSERT INTO street_record
            SELECT b.file_id, r."Crime ID", r."Month", r."Reported by", r."Falls within", r."Longitude", r."Latitude", r."Location",
                   r."LSOA code", r."LSOA name", r."Crime type", r."Last outcome category", r."Context"
            FROM {ReadCsv} r
            JOIN temp.batch_file b ON r.filename = b.path
            """,
            string.Join('\n', files.Select(f => f.Path)));
        connection.Execute(
            """
            INSERT INTO load_reject
            SELECT b.file_id, e.line, e.column_name, e.error_type::VARCHAR, e.error_message, e.csv_line
            FROM temp.ingest_reject_errors e
            JOIN temp.ingest_reject_scans s USING (scan_id, file_id)
            JOIN temp.batch_file b ON s.file_path = b.path
            ORDER BY b.file_id, e.line, e.column_idx
            """);

        var counts = files.ToDictionary(f => f.FileId, _ => (Loaded: 0L, RejectedLines: 0L));
        using (var reader = connection.Query("SELECT file_id, count(*) FROM street_record WHERE file_id IN (SELECT file_id FROM temp.batch_file) GROUP BY 1"))
        {
            while (reader.Read()) counts[reader.GetInt64(0)] = (reader.GetInt64(1), 0);
        }
        using (var reader = connection.Query("SELECT file_id, count(DISTINCT line) FROM load_reject WHERE file_id IN (SELECT file_id FROM temp.batch_file) GROUP BY 1"))
        {
            while (reader.Read()) counts[reader.GetInt64(0)] = (counts[reader.GetInt64(0)].Loaded, reader.GetInt64(1));
        }
        connection.Execute("DROP TABLE IF EXISTS temp.batch_file");
        return counts;
    }
}
