using Assessment.Core.Model;
using Assessment.Storage.Ingest;
using Assessment.Storage.Store;

namespace Assessment.Storage.Analysis;

/// <summary>Read-side queries over the store. Call <see cref="AreaScope.Apply"/> first.</summary>
public sealed class StoreQueries(AssessmentStore store)
{
    /// <summary>
    /// In-area rows by month, crime type and force (the force slug of the file each row came from, so coverage can be
    /// judged force by force), over every loaded month; zero combinations are absent.
    /// </summary>
    public IReadOnlyList<MonthlyCount> CountsByMonth(string areaName)
    {
        using var reader = store.Connection.Query(
            $"""
            SELECT r.month, r.crime_type, f.force, count(*) AS n
            FROM record_area r JOIN source_file f USING (file_id)
            WHERE r.area_status = '{AreaScope.InArea}'
            GROUP BY 1, 2, 3
            ORDER BY 1, 2, 3
            """);
        var counts = new List<MonthlyCount>();
        while (reader.Read())
        {
            counts.Add(new MonthlyCount(areaName, YearMonth.FromDate(reader.GetDate(0)), reader.IsDBNull(1) ? "(none)" : reader.GetString(1), reader.GetInt64(3))
            {
                Force = reader.GetString(2),
            });
        }
        return counts;
    }

    /// <summary>The forces that supplied in-area rows ("Falls within"), most rows first, for source notes.</summary>
    public IReadOnlyList<string> ForcesInArea()
    {
        using var reader = store.Connection.Query(
            $"SELECT falls_within FROM record_area WHERE area_status = '{AreaScope.InArea}' AND falls_within IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1");
        var forces = new List<string>();
        while (reader.Read()) forces.Add(reader.GetString(0));
        return forces;
    }

    /// <summary>
    /// Each force's name by slug: the "Reported by" value most of the force's stored rows carry (ties: first in
    /// ordinal order), e.g. "btp" → "British Transport Police". Forces whose rows carry none are left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> ForceNames()
    {
        using var reader = store.Connection.Query(
            """
            SELECT DISTINCT ON (force) force, reported_by FROM (
                SELECT f.force, r.reported_by, count(*) AS n
                FROM street_record r JOIN source_file f USING (file_id)
                WHERE r.reported_by IS NOT NULL AND trim(r.reported_by) <> ''
                GROUP BY 1, 2
            ) ORDER BY force, n DESC, reported_by
            """);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) names[reader.GetString(0)] = reader.GetString(1).Trim();
        return names;
    }

    /// <summary>One accounting row per ingested file, in input order.</summary>
    public IReadOnlyList<FileQuality> DataQuality(IngestReport ingest)
    {
        var byFile = new Dictionary<long, (long NoLocation, long Outside, long Duplicates)>();
        using (var reader = store.Connection.Query(
            $"""
            SELECT file_id,
                   count(*) FILTER (WHERE area_status = '{AreaScope.NoLocation}'),
                   count(*) FILTER (WHERE area_status = '{AreaScope.OutsideArea}'),
                   count(crime_id) - count(DISTINCT crime_id)
            FROM record_area
            GROUP BY 1
            """))
        {
            while (reader.Read()) byFile[reader.GetInt64(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        var scanRejects = new Dictionary<long, (long Identical, long OtherMonth)>();
        using (var reader = store.Connection.Query(
            "SELECT file_id, count(DISTINCT line) FILTER (WHERE error_type = ?), count(DISTINCT line) FILTER (WHERE error_type = ?) FROM load_reject GROUP BY 1",
            RowReject.IdenticalRow, RowReject.OtherMonth))
        {
            while (reader.Read()) scanRejects[reader.GetInt64(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        }

        return ingest.Files.Select(f =>
        {
            var (noLocation, outside, duplicates) = f.Outcome == FileOutcome.Failed ? default : byFile.GetValueOrDefault(f.FileId);
            var (identical, otherMonth) = f.Outcome == FileOutcome.Failed ? default : scanRejects.GetValueOrDefault(f.FileId);
            return new FileQuality(f.File.DisplayPath, f.File.Name.Force, f.File.Name.Month, f.RowsRead, f.RowsLoaded, f.RowsRejected, noLocation, outside, duplicates)
            {
                IdenticalRows = identical,
                OtherMonthRows = otherMonth,
            };
        }).ToArray();
    }

    /// <summary>Rejected rows of the given files, for the run summary and the data-quality appendix.</summary>
    public IReadOnlyList<RejectedRow> Rejects(IEnumerable<long> fileIds, int limit)
    {
        var ids = fileIds.Distinct().ToArray();
        if (ids.Length == 0) return [];
        using var reader = store.Connection.Query(
            """
            SELECT f.path, j.line, j.column_name, j.error_type, j.reason
            FROM load_reject j JOIN source_file f USING (file_id)
            WHERE list_contains(?::BIGINT[], j.file_id)
            ORDER BY f.path, j.line
            LIMIT ?
            """,
            "[" + string.Join(",", ids) + "]", limit);
        var rows = new List<RejectedRow>();
        while (reader.Read())
        {
            rows.Add(new RejectedRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }
        return rows;
    }
}
