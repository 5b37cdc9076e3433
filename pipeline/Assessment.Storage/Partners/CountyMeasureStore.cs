using Assessment.Core.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Partners;

/// <summary>
/// Wide year × county/UA tables in the store (table <c>county_measure</c>), one file per measure (kind
/// <c>county-&lt;measure&gt;</c>): the same content is not loaded twice, and other content replaces that measure's rows.
/// </summary>
public sealed class CountyMeasureStore(AssessmentStore store)
{
    /// <summary>Loads the table of <paramref name="measure"/> unless the same content is loaded already.</summary>
    /// <param name="measure">What the table holds, e.g. "drug_misuse_deaths" (lower case, digits and underscores).</param>
    /// <param name="path">The file as given (stored, and named in rejects).</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public PartnerFileLoad Load(string measure, string path, Func<CountyMeasureExtract> read) =>
        PartnerFileRegistry.Load(store, "county-" + measure, null, "county_measure", path, null, read, (appender, fileId, extract) =>
        {
            foreach (var r in extract.Records)
            {
                appender.CreateRow()
                    .AppendValue(fileId).AppendValue(measure).AppendValue(r.Year).AppendValue(r.Area).AppendValue(r.Value).AppendValue(r.SourceRow)
                    .EndRow();
            }
        });

    /// <summary>The loaded values of <paramref name="measure"/> for <paramref name="area"/> (any case), oldest year first; empty when none.</summary>
    public IReadOnlyList<CountyMeasureRecord> Records(string measure, string area)
    {
        using var reader = store.Connection.Query(
            """
            SELECT c.year, c.area, c.value, c.source_row
            FROM county_measure c JOIN source_file f USING (file_id)
            WHERE f.kind = ? AND f.status = 'loaded' AND lower(c.area) = lower(?)
            ORDER BY c.year
            """, "county-" + measure, area.Trim());
        var records = new List<CountyMeasureRecord>();
        while (reader.Read())
            records.Add(new CountyMeasureRecord(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDouble(2), reader.GetInt64(3)));
        return records;
    }
}
