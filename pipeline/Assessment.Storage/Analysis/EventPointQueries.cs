using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Storage.Store;

namespace Assessment.Storage.Analysis;

/// <summary>
/// Reads in-area records for the hotspot analysis, grouped by snap point. Call <see cref="AreaScope.Apply"/> first:
/// the queries read the temporary view <c>record_area</c> and keep rows whose <c>area_status</c> is in-area.
/// </summary>
public static class EventPointQueries
{
    /// <summary>
    /// In-area records grouped by longitude, latitude, month, crime type, location text and LSOA code, with their count;
    /// ordered by month, then position, type, location and LSOA, so the same store gives the same list.
    /// Rows without a crime type are returned as "(none)", as the monthly counts do.
    /// </summary>
    /// <param name="store">An open store with the area applied.</param>
    /// <param name="months">Months to read (inclusive), or null for every loaded month.</param>
    public static IReadOnlyList<SnapPointCount> Load(AssessmentStore store, MonthRange? months = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (first, last) = months is { } range ? (range.First.FirstDay, range.Last.FirstDay) : (DateOnly.MinValue, DateOnly.MaxValue);
        using var reader = store.Connection.Query(
            $"""
            SELECT longitude, latitude, month, coalesce(crime_type, '(none)'), location, lsoa_code, count(*)
            FROM record_area
            WHERE area_status = '{AreaScope.InArea}' AND month BETWEEN ? AND ?
            GROUP BY 1, 2, 3, 4, 5, 6
            ORDER BY 3, 1, 2, 4, 5, 6
            """,
            first, last);
        var rows = new List<SnapPointCount>();
        while (reader.Read())
        {
            rows.Add(new SnapPointCount(
                reader.GetDouble(0), reader.GetDouble(1), YearMonth.FromDate(reader.GetDate(2)), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt64(6)));
        }
        return rows;
    }

    /// <summary>
    /// Months with any stored row (in the area, outside it or without a location), ascending: a month listed here was
    /// loaded, so an absence of in-area records in it is a true zero.
    /// </summary>
    public static IReadOnlyList<YearMonth> LoadedMonths(AssessmentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var reader = store.Connection.Query("SELECT DISTINCT month FROM record_area ORDER BY 1");
        var months = new List<YearMonth>();
        while (reader.Read()) months.Add(YearMonth.FromDate(reader.GetDate(0)));
        return months;
    }
}
