using Assessment.DuckDb;

namespace Assessment.Storage.Ingest;

/// <summary>
/// Reads one police.uk street-level file with DuckDB's <c>read_csv</c> and an explicit schema (no sniffing),
/// inside the caller's transaction. Unparseable rows are skipped by DuckDB and copied, with line, column and
/// reason, to <c>load_reject</c>.
/// </summary>
/// <remarks>
/// The one-file path, used when a batch read doesn't add up for a file. A single read_csv over files with different
/// line endings has been seen to return no rows, and no error, for files whose line ending differs from the first's
/// (seen on the real Kent files: CRLF in 2024, LF in 2025), which is why batches share a line ending and every
/// file's count is checked.
/// </remarks>
internal static class StreetCsvLoader
{
    // Column names are the police.uk header; types are what the analysis needs. Month is a DATE so that a
    // malformed month is a rejected row with its line number, not a silent NULL.
    /// <summary>The read_csv call for police.uk street files, reading <paramref name="source"/> (a path or list expression).</summary>
    public static string ReadCsv(string source, bool filename = false) => $$"""
        read_csv({{source}},
            header = true,
            auto_detect = false,
            delim = ',',
            quote = '"',
            escape = '"',
            dateformat = '%Y-%m',
            strict_mode = true,
            null_padding = false,
            filename = {{(filename ? "true" : "false")}},
            store_rejects = true,
            rejects_table = 'ingest_reject_errors',
            rejects_scan = 'ingest_reject_scans',
            columns = {
                'Crime ID': 'VARCHAR', 'Month': 'DATE', 'Reported by': 'VARCHAR', 'Falls within': 'VARCHAR',
                'Longitude': 'DOUBLE', 'Latitude': 'DOUBLE', 'Location': 'VARCHAR', 'LSOA code': 'VARCHAR',
                'LSOA name': 'VARCHAR', 'Crime type': 'VARCHAR', 'Last outcome category': 'VARCHAR', 'Context': 'VARCHAR'
            })
        """;


    /// <returns>Rows loaded, and distinct lines rejected.</returns>
    public static (long Loaded, long RejectedLines) Load(DuckDbConnection connection, long fileId, string path)
    {
        connection.Execute("DROP TABLE IF EXISTS temp.ingest_reject_errors; DROP TABLE IF EXISTS temp.ingest_reject_scans;");
        var loaded = connection.Execute(
            $"""
            INSERT INTO street_record
            SELECT $1, "Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
                   "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"
            FROM {ReadCsv("$2")}
            """,
            fileId, path);
        connection.Execute(
            """
            INSERT INTO load_reject
            SELECT ?, line, column_name, error_type::VARCHAR, error_message, csv_line
            FROM temp.ingest_reject_errors
            ORDER BY line, column_idx
            """,
            fileId);
        var rejectedLines = connection.Scalar<long>("SELECT count(DISTINCT line) FROM temp.ingest_reject_errors");
        return (loaded, rejectedLines);
    }
}
