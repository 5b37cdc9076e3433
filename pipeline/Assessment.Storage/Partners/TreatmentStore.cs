using Assessment.Core.Partners;
using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Partners;

/// <summary>
/// Adult drug and alcohol treatment figures (NDTMS shape) in the store (<c>treatment_outcome</c>). One version is
/// kept (<c>source_file</c> kind <see cref="Kind"/>): the same content is not loaded twice, and other content replaces
/// the previous rows, in one transaction.
/// </summary>
public sealed class TreatmentStore(AssessmentStore store)
{
    /// <summary>The <c>source_file.kind</c> of a treatment file.</summary>
    public const string Kind = "ndtms-treatment";

    /// <summary>Loads the file at <paramref name="path"/> unless the same content is loaded already.</summary>
    /// <param name="path">The file as given (stored, and named in rejects).</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public PartnerFileLoad Load(string path, Func<PartnerExtract<TreatmentRecord>> read) =>
        PartnerFileRegistry.Load(store, Kind, "treatment_outcome", path, perPath: false, sheet: null, read, static (row, r) => row
            .AppendValue(r.Period).AppendValue(r.AreaCode).AppendValue(r.AreaName).AppendValue(r.Group.ToCode())
            .AppendValue(r.InTreatment).AppendValue(r.NewPresentations).AppendValue(r.SuccessfulCompletions)
            .AppendValue(r.RePresentations).AppendValue(r.SourceLine));

    /// <summary>The rows of the loaded treatment file, in file order; empty when none is loaded.</summary>
    public IReadOnlyList<TreatmentRecord> Records()
    {
        using var reader = store.Connection.Query(
            """
            SELECT t.period, t.area_code, t.area_name, t.substance_group, t.in_treatment, t.new_presentations,
                   t.successful_completions, t.re_presentations, t.source_line
            FROM treatment_outcome t JOIN source_file f USING (file_id)
            WHERE f.kind = ? AND f.status = 'loaded'
            ORDER BY t.source_line
            """, Kind);
        var records = new List<TreatmentRecord>();
        while (reader.Read())
        {
            _ = SubstanceGroupNames.TryParse(reader.GetString(3), out var group);
            records.Add(new TreatmentRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), group,
                Count(reader, 4), Count(reader, 5), Count(reader, 6), Count(reader, 7), reader.GetInt64(8)));
        }
        return records;
    }

    private static long? Count(DuckDBDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);
}
