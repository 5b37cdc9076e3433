using Assessment.Core.Partners;
using Assessment.Storage.Store;
using DuckDB.NET.Data;

namespace Assessment.Storage.Partners;

/// <summary>
/// DEFRA fly-tipping incidents in the store. A file is registered in <c>source_file</c> (kind
/// <see cref="Kind"/>, no force or month) with its SHA-256; its rows go to <c>flytipping_incident</c>, a workbook's
/// LA_actions rows to <c>flytipping_action</c> and its Metadata notes to <c>flytipping_note</c>, and its rejects to
/// <c>load_reject</c> (an LA_actions reject's column is prefixed "LA_actions!"), all in one transaction. One version is kept: the same content is not loaded twice, and a
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
        return PartnerFileRegistry.Load(store, Kind, path, sheet, ["flytipping_incident", "flytipping_action", "flytipping_note"], () =>
        {
            var extract = read();
            return new PartnerFileRegistry.Extract(extract.DataRows + extract.ActionDataRows, extract.Records.Count + extract.Actions.Count, extract.Rejects,
                (connection, fileId) => Write(connection, fileId, extract));
        });
    }

    private static void Write(DuckDBConnection connection, long fileId, FlyTippingExtract extract)
    {
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
        using (var appender = connection.CreateAppender("flytipping_action"))
        {
            foreach (var r in extract.Actions)
            {
                foreach (var (type, count) in r.Actions)
                {
                    appender.CreateRow()
                        .AppendValue(fileId).AppendValue(r.Year).AppendValue(r.OnsCode).AppendValue(r.Name).AppendValue(r.Kind.ToString())
                        .AppendValue(type).AppendValue(count).AppendValue(r.SourceRow)
                        .EndRow();
                }
            }
            appender.Close();
        }
        for (var i = 0; i < extract.Notes.Count; i++)
            connection.Execute("INSERT INTO flytipping_note (file_id, position, note) VALUES (?, ?, ?)", fileId, i, extract.Notes[i]);
    }

    /// <summary>The loaded file's LA_actions rows, in sheet order, each with its action types in the sheet's order; empty when none.</summary>
    public IReadOnlyList<FlyTippingActionRecord> Actions()
    {
        using var reader = store.Connection.Query(
            """
            SELECT a.year, a.ons_code, a.la_name, a.row_kind, a.action_type, a.actions, a.source_row
            FROM flytipping_action a JOIN source_file f USING (file_id)
            WHERE f.kind = ? AND f.status = 'loaded'
            ORDER BY a.source_row
            """, Kind);
        var rows = new List<(string Year, string Code, string Name, string Kind, string Type, double? Count, long Row)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.GetInt64(6)));
        }
        var order = FlyTippingActionTypes.Names.ToList();
        return [.. rows.GroupBy(r => r.Row).Select(g =>
        {
            var first = g.First();
            return new FlyTippingActionRecord(first.Year, first.Code, first.Name, Enum.Parse<FlyTippingRowKind>(first.Kind),
                [.. g.OrderBy(r => order.IndexOf(r.Type)).Select(r => new KeyValuePair<string, double?>(r.Type, r.Count))], first.Row);
        })];
    }

    /// <summary>The loaded workbook's Metadata notes in order; empty for a CSV or when none is loaded.</summary>
    public IReadOnlyList<string> Notes()
    {
        using var reader = store.Connection.Query(
            "SELECT n.note FROM flytipping_note n JOIN source_file f USING (file_id) WHERE f.kind = ? AND f.status = 'loaded' ORDER BY n.position", Kind);
        var notes = new List<string>();
        while (reader.Read()) notes.Add(reader.GetString(0));
        return notes;
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
