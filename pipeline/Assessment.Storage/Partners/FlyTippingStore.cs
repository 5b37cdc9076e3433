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
        return PartnerFileRegistry.Load(store, Kind, "flytipping_incident", path, perPath: false, sheet,
            () =>
            {
                var extract = read();
                return new PartnerExtract<FlyTippingRecord>(extract.Records, extract.Rejects, extract.DataRows);
            },
            static (row, r) => row
                .AppendValue(r.Year).AppendValue(r.OnsCode).AppendValue(r.Name).AppendValue(r.Region)
                .AppendValue(r.Kind.ToString()).AppendValue(r.TotalIncidents).AppendValue(r.MidYearPopulation)
                .AppendValue(r.ReportingBasis).AppendValue(r.SourceRow));
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
