using Assessment.Core.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Partners;

/// <summary>
/// Home Office drug seizures and quantities by police force in the store (table <c>drug_seizure</c>). Each financial
/// year's file is registered apart (kind <see cref="SeizuresKind"/> or <see cref="QuantitiesKind"/>, the year's 1 April in
/// <c>source_file.month</c>): the same content is not loaded twice, and a restated table for a year replaces that year only.
/// </summary>
public sealed class DrugSeizureStore(AssessmentStore store)
{
    /// <summary>The <c>source_file.kind</c> of a seizures table.</summary>
    public const string SeizuresKind = "ho-drug-seizures";

    /// <summary>The <c>source_file.kind</c> of a quantities table.</summary>
    public const string QuantitiesKind = "ho-drug-quantities";

    /// <summary>Loads one year's table unless the same content is loaded already for that year.</summary>
    /// <param name="path">The file as given (stored, and named in rejects).</param>
    /// <param name="measure">Seizures or quantities, from the file name.</param>
    /// <param name="yearStart">1 April of the table's financial year.</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public PartnerFileLoad Load(string path, DrugSeizureMeasure measure, DateOnly yearStart, Func<DrugSeizureExtract> read) =>
        PartnerFileRegistry.Load(store, KindOf(measure), yearStart, "drug_seizure", path, null, read, (appender, fileId, extract) =>
        {
            foreach (var r in extract.Records)
            {
                appender.CreateRow()
                    .AppendValue(fileId).AppendValue(extract.Measure.ToString()).AppendValue(r.Year).AppendValue(r.ForceRaw).AppendValue(r.Force)
                    .AppendValue(r.Drug).AppendValue(r.Value).AppendValue(r.SourceRow)
                    .EndRow();
            }
        });

    /// <summary>Every loaded record of <paramref name="measure"/>, by year then file order.</summary>
    public IReadOnlyList<DrugSeizureRecord> Records(DrugSeizureMeasure measure)
    {
        using var reader = store.Connection.Query(
            """
            SELECT s.year, s.force_raw, s.force, s.drug, s.value, s.source_row
            FROM drug_seizure s JOIN source_file f USING (file_id)
            WHERE f.kind = ? AND f.status = 'loaded'
            ORDER BY s.year, s.source_row, s.drug
            """, KindOf(measure));
        var records = new List<DrugSeizureRecord>();
        while (reader.Read())
        {
            records.Add(new DrugSeizureRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.GetInt64(5)));
        }
        return records;
    }

    private static string KindOf(DrugSeizureMeasure measure) => measure == DrugSeizureMeasure.Quantity ? QuantitiesKind : SeizuresKind;
}
