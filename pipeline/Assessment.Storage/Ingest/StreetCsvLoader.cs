using Assessment.Core.Model;
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

    /// <summary>One file of a batch.</summary>
    /// <param name="FileId">The file's id in <c>source_file</c>.</param>
    /// <param name="Path">Full path, as read_csv reports it in its <c>filename</c> column.</param>
    /// <param name="Month">The month in the file's name: rows of any other month are not loaded.</param>
    /// <param name="ScanRejects">Rows the byte scan refused (another month, identical repeats), written to <c>load_reject</c>.</param>
    public sealed record BatchFile(long FileId, string Path, YearMonth Month, IReadOnlyList<RowReject> ScanRejects);

    /// <param name="connection">The caller's connection, inside its transaction.</param>
    /// <param name="files">The files of the batch.</param>
    /// <returns>Per file id: rows loaded and distinct lines rejected.</returns>
    public static Dictionary<long, (long Loaded, long RejectedLines)> Load(DuckDBConnection connection, IReadOnlyList<BatchFile> files)
    {
        connection.Execute("DROP TABLE IF EXISTS temp.batch_file; DROP TABLE IF EXISTS temp.ingest_reject_errors; DROP TABLE IF EXISTS temp.ingest_reject_scans;");
        connection.Execute("CREATE TEMP TABLE batch_file (file_id BIGINT NOT NULL, path VARCHAR NOT NULL, month DATE NOT NULL)");
        using (var appender = connection.CreateAppender("batch_file"))
        {
            foreach (var file in files)
            {
                appender.CreateRow().AppendValue(file.FileId).AppendValue(file.Path).AppendValue(file.Month.FirstDay).EndRow();
            }
            appender.Close();
        }

        // A row of another month is left out here and rejected below from the scan's list, with its line number
        // (read_csv gives none for rows it reads well); the row-count check catches any disagreement between the two.
        connection.Execute(
            $"""
            INSERT INTO street_record
            SELECT b.file_id, r."Crime ID", r."Month", r."Reported by", r."Falls within", r."Longitude", r."Latitude", r."Location",
                   r."LSOA code", r."LSOA name", r."Crime type", r."Last outcome category", r."Context"
            FROM {ReadCsv} r
            JOIN temp.batch_file b ON r.filename = b.path
            WHERE r."Month" = b.month
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
        WriteScanRejects(connection, files);

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

    private static void WriteScanRejects(DuckDBConnection connection, IReadOnlyList<BatchFile> files)
    {
        if (files.All(f => f.ScanRejects.Count == 0)) return;
        using (var appender = connection.CreateAppender("load_reject"))
        {
            foreach (var file in files)
            {
                foreach (var reject in file.ScanRejects)
                {
                    var row = appender.CreateRow().AppendValue(file.FileId).AppendValue(reject.Line);
                    (reject.Column is null ? row.AppendNullValue() : row.AppendValue(reject.Column))
                        .AppendValue(reject.ErrorType).AppendValue(reject.Reason).AppendValue(reject.RawLine).EndRow();
                }
            }
            appender.Close();
        }

        // The scan found the repeats by their bytes; read_csv loaded every copy. Keep one row of each group of rows
        // with equal values and a Crime ID. Should values be equal where bytes were not
        // (e.g. "1.08" and "1.080"), more rows go than the scan rejected, and the row-count check refuses the file.
        var repeated = files.Where(f => f.ScanRejects.Any(r => r.ErrorType == RowReject.IdenticalRow)).Select(f => f.FileId).ToArray();
        if (repeated.Length == 0) return;
        connection.Execute(
            """
            DELETE FROM street_record WHERE rowid IN (
                SELECT rowid FROM (
                    SELECT rowid, row_number() OVER (
                        PARTITION BY file_id, crime_id, month, reported_by, falls_within, longitude, latitude, location,
                                     lsoa_code, lsoa_name, crime_type, last_outcome_category, context
                        ORDER BY rowid) AS copy
                    FROM street_record
                    WHERE list_contains(?::BIGINT[], file_id) AND crime_id IS NOT NULL)
                WHERE copy > 1)
            """,
            "[" + string.Join(",", repeated) + "]");
    }
}
