using System.Security.Cryptography;
using Assessment.Core.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Partners;

/// <summary>
/// DEFRA fly-tipping incidents in the store. A file is registered in <c>source_file</c> (kind
/// <see cref="Kind"/>, no force or month) with its SHA-256; its rows go to <c>flytipping_incident</c> and its rejects
/// to <c>load_reject</c>, all in one transaction. One version is kept: the same content is not loaded twice, and a
/// file with other content (a restated or newer release, or the CSV of the sheet) replaces the previous rows.
/// </summary>
public sealed class FlyTippingStore(AssessmentStore store)
{
    /// <summary>The <c>source_file.kind</c> of a fly-tipping extract.</summary>
    public const string Kind = "defra-flytipping";

    /// <summary>Loads the file at <paramref name="path"/> unless the same content is loaded already.</summary>
    /// <param name="path">The file as given (stored, and named in rejects).</param>
    /// <param name="sheet">The worksheet read, or null for a CSV.</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public PartnerFileLoad Load(string path, string? sheet, Func<FlyTippingExtract> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var bytes = new FileInfo(path).Length;
        string sha256;
        using (var stream = File.OpenRead(path)) sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));

        var connection = store.Connection;
        long? previous = null;
        using (var reader = connection.Query("SELECT file_id, sha256, rows_read, rows_loaded, rows_rejected FROM source_file WHERE kind = ? AND status = 'loaded'", Kind))
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
            connection.Execute("DELETE FROM flytipping_incident WHERE file_id = ?", old);
            connection.Execute("DELETE FROM load_reject WHERE file_id = ?", old);
            connection.Execute("DELETE FROM source_file WHERE file_id = ?", old);
        }
        var fileId = connection.Scalar<long>(
            """
            INSERT INTO source_file (file_id, kind, force, month, path, sha256, rows_sha256, bytes, line_ending, status, failure, rows_read, rows_loaded, rows_rejected, loaded_at, sheet)
            VALUES (nextval('source_file_id'), ?, NULL, NULL, ?, ?, NULL, ?, '', 'loaded', NULL, ?, ?, ?, ?, ?)
            RETURNING file_id
            """,
            Kind, path, sha256, bytes, extract.DataRows, (long)extract.Records.Count, rejectedRows, DateTime.UtcNow, sheet);

        using (var appender = connection.CreateAppender("flytipping_incident"))
        {
            foreach (var r in extract.Records)
            {
                appender.CreateRow()
                    .AppendValue(fileId).AppendValue(r.Year).AppendValue(r.OnsCode).AppendValue(r.Name).AppendValue(r.Region)
                    .AppendValue(r.Kind.ToString()).AppendValue(r.TotalIncidents).AppendValue(r.MidYearPopulation)
                    .AppendValue(r.ReportingBasis).AppendValue(r.SourceRow)
                    .EndRow();
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

    /// <summary>The rows of the loaded fly-tipping file, in file order; empty when none is loaded.</summary>
    public IReadOnlyList<FlyTippingRecord> Records()
    {
        using var reader = store.Connection.Query(
            """
            SELECT i.year, i.ons_code, i.la_name, i.region, i.row_kind, i.total_incidents, i.mid_population, i.reporting_basis, i.source_row
            FROM flytipping_incident i JOIN source_file f USING (file_id)
            WHERE f.kind = ? AND f.status = 'loaded'
            ORDER BY i.source_row
            """, Kind);
        var records = new List<FlyTippingRecord>();
        while (reader.Read())
        {
            records.Add(new FlyTippingRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                Enum.Parse<FlyTippingRowKind>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetDouble(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetInt64(8)));
        }
        return records;
    }
}
