using Assessment.DuckDb;

namespace Assessment.Storage.Ingest;

/// <summary>
/// Loads a batch of files that share a line ending with ONE <c>read_csv</c> straight into <c>street_record</c>
/// (DuckDB reads the files in parallel), inside the caller's transaction. Each row gets its file's id through the
/// <c>filename</c> column. Afterwards every file's loaded and rejected rows are counted so the caller can check them
/// against the independent count before committing.
/// </summary>
internal static class BatchCsvLoader
{
    /// <param name="files">Store id and full path of each file in the batch.</param>
    /// <returns>Per file id: rows loaded and distinct lines rejected.</returns>
    public static Dictionary<long, (long Loaded, long RejectedLines)> Load(DuckDbConnection connection, IReadOnlyList<(long FileId, string Path)> files)
    {
        connection.Execute("DROP TABLE IF EXISTS temp.batch_file; DROP TABLE IF EXISTS temp.ingest_reject_errors; DROP TABLE IF EXISTS temp.ingest_reject_scans;");
        connection.Execute("CREATE TEMP TABLE batch_file (file_id BIGINT NOT NULL, path VARCHAR NOT NULL)");
        using (var appender = connection.CreateAppender("batch_file"))
        {
            foreach (var (fileId, path) in files)
            {
                appender.Append(fileId).Append(path);
                appender.EndRow();
            }
            appender.Close();
        }

        connection.Execute(
            $"""
            INSERT INTO street_record
            SELECT b.file_id, r."Crime ID", r."Month", r."Reported by", r."Falls within", r."Longitude", r."Latitude", r."Location",
                   r."LSOA code", r."LSOA name", r."Crime type", r."Last outcome category", r."Context"
            FROM {StreetCsvLoader.ReadCsv("string_split($1, chr(10))", filename: true)} r
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
