using Assessment.Core.Partners;
using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Partners;

/// <summary>
/// OHID Fingertips indicator values in the store (<c>fingertips_value</c>). Each export is registered in
/// <c>source_file</c> (kind <see cref="Kind"/>) by its path, so any number of indicator exports are kept side by side;
/// the same content is not loaded twice and new content at the same path replaces the old rows, in one transaction.
/// </summary>
public sealed class FingertipsStore(AssessmentStore store)
{
    /// <summary>The <c>source_file.kind</c> of a Fingertips export.</summary>
    public const string Kind = "fingertips";

    /// <summary>Loads the export at <paramref name="path"/> unless the same content is loaded from that path already.</summary>
    /// <param name="path">The file as given (stored, and named in rejects).</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public PartnerFileLoad Load(string path, Func<PartnerExtract<FingertipsRecord>> read) =>
        PartnerFileRegistry.Load(store, Kind, "fingertips_value", path, perPath: true, sheet: null, read, static (row, r) => row
            .AppendValue(r.IndicatorId).AppendValue(r.IndicatorName).AppendValue(r.AreaCode).AppendValue(r.AreaName).AppendValue(r.AreaType)
            .AppendValue(r.Sex).AppendValue(r.Age).AppendValue(r.CategoryType).AppendValue(r.Category).AppendValue(r.Period)
            .AppendValue(r.PeriodSortable).AppendValue(r.Value).AppendValue(r.LowerCi95).AppendValue(r.UpperCi95)
            .AppendValue(r.Count).AppendValue(r.Denominator).AppendValue(r.ComparedToEngland).AppendValue(r.Measure)
            .AppendValue(r.ValueNote).AppendValue(r.SourceLine));

    /// <summary>The rows of the export loaded from <paramref name="path"/>, in file order; empty when none is loaded.</summary>
    public IReadOnlyList<FingertipsRecord> Records(string path)
    {
        using var reader = store.Connection.Query(
            """
            SELECT v.indicator_id, v.indicator_name, v.area_code, v.area_name, v.area_type, v.sex, v.age, v.category_type, v.category,
                   v.period, v.period_sortable, v.value, v.lower_ci95, v.upper_ci95, v.count, v.denominator, v.compared_to_england,
                   v.measure, v.value_note, v.source_line
            FROM fingertips_value v JOIN source_file f USING (file_id)
            WHERE f.kind = ? AND f.status = 'loaded' AND f.path = ?
            ORDER BY v.source_line
            """, Kind, path);
        var records = new List<FingertipsRecord>();
        while (reader.Read())
        {
            records.Add(new FingertipsRecord(
                Text(reader, 0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                Text(reader, 7), Text(reader, 8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetInt64(10),
                Number(reader, 11), Number(reader, 12), Number(reader, 13), Number(reader, 14), Number(reader, 15),
                Text(reader, 16), Text(reader, 17), Text(reader, 18), reader.GetInt64(19)));
        }
        return records;
    }

    private static string? Text(DuckDBDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static double? Number(DuckDBDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
}
