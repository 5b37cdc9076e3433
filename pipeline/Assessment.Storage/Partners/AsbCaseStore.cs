using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Storage.Store;

namespace Assessment.Storage.Partners;

/// <summary>
/// A council ASB case log in the store: registered in <c>source_file</c> (kind <see cref="Kind"/>), its cases in
/// <c>asb_case</c> and its rejects in <c>load_reject</c>, in one transaction. One log is kept: the same content is not
/// read again, and a log with other content (the next month's export) replaces the previous one's cases.
/// </summary>
public sealed class AsbCaseStore(AssessmentStore store)
{
    /// <summary>The <c>source_file.kind</c> of a council ASB case log.</summary>
    public const string Kind = "council-asb-cases";

    /// <summary>Loads the log at <paramref name="path"/> unless the same content is loaded already.</summary>
    /// <param name="path">The file as given (stored, and named in rejects).</param>
    /// <param name="sheet">The worksheet read, or null for a CSV.</param>
    /// <param name="read">Reads the file; called only when the content is new.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">Loaded plus rejected rows differ from the rows read (nothing is committed).</exception>
    public PartnerFileLoad Load(string path, string? sheet, Func<AsbCaseExtract> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return PartnerFileRegistry.Load(store, Kind, path, sheet, ["asb_case"], () =>
        {
            var extract = read();
            return new PartnerFileRegistry.Extract(extract.DataRows, extract.Cases.Count, extract.Rejects, (connection, fileId) =>
            {
                using var appender = connection.CreateAppender("asb_case");
                foreach (var c in extract.Cases)
                {
                    appender.CreateRow()
                        .AppendValue(fileId).AppendValue(c.CaseReference).AppendValue(c.Month.FirstDay).AppendValue(c.ReportedOn)
                        .AppendValue(c.Category).AppendValue(c.WardCode).AppendValue(c.WardName).AppendValue(c.LsoaCode)
                        .AppendValue(c.Latitude).AppendValue(c.Longitude).AppendValue(c.Easting).AppendValue(c.Northing)
                        .AppendValue(c.Agency).AppendValue(c.Status).AppendValue(c.SourceLine)
                        .EndRow();
                }
                appender.Close();
            });
        });
    }

    /// <summary>The loaded log's cases in file order; empty when none is loaded.</summary>
    public IReadOnlyList<AsbCase> Cases()
    {
        using var reader = store.Connection.Query(
            """
            SELECT c.case_reference, c.month, c.reported_on, c.category, c.ward_code, c.ward_name, c.lsoa_code,
                   c.latitude, c.longitude, c.easting, c.northing, c.agency, c.status, c.source_line
            FROM asb_case c JOIN source_file f USING (file_id)
            WHERE f.kind = ? AND f.status = 'loaded'
            ORDER BY c.source_line
            """, Kind);
        var cases = new List<AsbCase>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        double? Number(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
        while (reader.Read())
        {
            cases.Add(new AsbCase(
                reader.GetString(0), YearMonth.FromDate(reader.GetFieldValue<DateOnly>(1)), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                reader.GetString(3), Text(4), Text(5), Text(6), Number(7), Number(8), Number(9), Number(10),
                reader.GetString(11), reader.GetString(12), reader.GetInt64(13)));
        }
        return cases;
    }
}
