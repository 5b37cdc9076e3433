using Assessment.Core.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Partners;

/// <summary>
/// Ministry of Justice proven-reoffending cohorts in the store (table <c>reoffending_cohort</c>, kind <see cref="Kind"/>).
/// One extract is kept: the same content is not loaded twice, and other content replaces the previous rows, in one transaction.
/// </summary>
public sealed class ReoffendingStore(AssessmentStore store)
{
    /// <summary>The <c>source_file.kind</c> of a proven-reoffending extract.</summary>
    public const string Kind = "moj-reoffending";

    /// <summary>Loads the file at <paramref name="path"/> unless the same content is loaded already.</summary>
    /// <param name="path">The file as given (stored, and named in rejects).</param>
    /// <param name="sheet">The worksheet read, or null for a CSV.</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public PartnerFileLoad Load(string path, string? sheet, Func<ReoffendingExtract> read) =>
        PartnerFileRegistry.Load(store, Kind, null, "reoffending_cohort", path, sheet, read, (appender, fileId, extract) =>
        {
            foreach (var r in extract.Records)
            {
                appender.CreateRow()
                    .AppendValue(fileId).AppendValue(r.Period).AppendValue(r.PeriodStart.ToDateTime(TimeOnly.MinValue)).AppendValue(r.PeriodMonths)
                    .AppendValue(r.AreaCode).AppendValue(r.AreaName).AppendValue(r.AreaType.ToString()).AppendValue(r.OffenderType.ToString())
                    .AppendValue(r.Offenders).AppendValue(r.Reoffenders).AppendValue(r.Reoffences).AppendValue(r.SourceRow)
                    .EndRow();
            }
        });

    /// <summary>The rows of the loaded extract, in file order; empty when none is loaded.</summary>
    public IReadOnlyList<ReoffendingRecord> Records()
    {
        using var reader = store.Connection.Query(
            """
            SELECT c.period, c.period_start, c.period_months, c.area_code, c.area_name, c.area_type, c.offender_type,
                   c.offenders, c.reoffenders, c.reoffences, c.source_row
            FROM reoffending_cohort c JOIN source_file f USING (file_id)
            WHERE f.kind = ? AND f.status = 'loaded'
            ORDER BY c.source_row
            """, Kind);
        var records = new List<ReoffendingRecord>();
        while (reader.Read())
        {
            records.Add(new ReoffendingRecord(
                reader.GetString(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                Enum.Parse<ReoffendingAreaType>(reader.GetString(5)), Enum.Parse<ReoffendingOffenderType>(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetInt64(7), reader.IsDBNull(8) ? null : reader.GetInt64(8), reader.IsDBNull(9) ? null : reader.GetInt64(9),
                reader.GetInt64(10)));
        }
        return records;
    }
}
