using Assessment.Core.Model;
using Assessment.Core.Trends;
using Assessment.Storage.Store;

namespace Assessment.Storage.Analysis;

/// <summary>
/// Ward- and LSOA-level reads for the trend analysis. Call <see cref="AreaScope.Apply"/> first: every query reads the
/// <c>record_area</c> view.
/// </summary>
public sealed class WardQueries(AssessmentStore store)
{
    /// <summary>
    /// Every distinct located map point with its records in the area and outside it, for judging which wards of a
    /// ward file hold the area (<see cref="WardLocator.HoldingArea"/>).
    /// </summary>
    public IReadOnlyList<PointRecordCount> PointRecordCounts()
    {
        var points = new List<PointRecordCount>();
        using var reader = store.Connection.Query(
            $"""
            SELECT longitude, latitude, count(*) FILTER (WHERE area_status = '{AreaScope.InArea}'), count(*) FILTER (WHERE area_status = '{AreaScope.OutsideArea}')
            FROM record_area
            WHERE longitude IS NOT NULL AND latitude IS NOT NULL AND area_status <> '{AreaScope.NoLocation}'
            GROUP BY 1, 2
            ORDER BY 1, 2
            """);
        while (reader.Read()) points.Add(new PointRecordCount(reader.GetDouble(0), reader.GetDouble(1), reader.GetInt64(2), reader.GetInt64(3)));
        return points;
    }

    /// <summary>
    /// Places every distinct in-area snap point in a ward (point-in-polygon, boundary included) and counts in-area
    /// records by ward, month and crime type. Records at points in no ward polygon are counted under a null ward code.
    /// Leaves the temporary table <c>point_ward</c> (longitude, latitude, ward_code) behind for later queries.
    /// </summary>
    public WardCounts CountsByWard(WardLocator wards)
    {
        ArgumentNullException.ThrowIfNull(wards);
        var connection = store.Connection;
        var assigned = new List<(double Lon, double Lat, string Code)>();
        var points = 0;
        // Each snap point is tested once (thousands) rather than each record (tens of thousands).
        using (var reader = connection.Query($"SELECT DISTINCT longitude, latitude FROM record_area WHERE area_status = '{AreaScope.InArea}'"))
        {
            while (reader.Read())
            {
                points++;
                var (lon, lat) = (reader.GetDouble(0), reader.GetDouble(1));
                if (wards.Locate(lon, lat) is { } ward) assigned.Add((lon, lat, ward.Code));
            }
        }

        connection.Execute("DROP TABLE IF EXISTS temp.point_ward; CREATE TEMP TABLE point_ward (longitude DOUBLE NOT NULL, latitude DOUBLE NOT NULL, ward_code VARCHAR NOT NULL)");
        using (var appender = connection.CreateAppender("point_ward"))
        {
            foreach (var (lon, lat, code) in assigned)
            {
                appender.CreateRow().AppendValue(lon).AppendValue(lat).AppendValue(code).EndRow();
            }

            appender.Close();
        }

        var counts = new List<WardMonthlyCount>();
        using (var reader = connection.Query(
            $"""
            SELECT p.ward_code, r.month, r.crime_type, f.force, count(*) AS n
            FROM record_area r
            JOIN source_file f USING (file_id)
            LEFT JOIN point_ward p ON p.longitude = r.longitude AND p.latitude = r.latitude
            WHERE r.area_status = '{AreaScope.InArea}'
            GROUP BY 1, 2, 3, 4
            ORDER BY 1, 2, 3, 4
            """))
        {
            while (reader.Read())
            {
                counts.Add(new WardMonthlyCount(reader.IsDBNull(0) ? null : reader.GetString(0), YearMonth.FromDate(reader.GetDate(1)),
                    reader.IsDBNull(2) ? "(none)" : reader.GetString(2), reader.GetInt64(4)) { Force = reader.GetString(3) });
            }
        }

        return new WardCounts(wards.Wards, counts, points, points - assigned.Count, wards.Source);
    }

    /// <summary>
    /// Located records by month, LSOA code and LSOA name, over every stored row with an LSOA (in the area or not),
    /// for the LSOA-vintage check: a renamed district drops out of an area chosen by LSOA-name prefix, so the check
    /// must see the rows the area no longer claims.
    /// </summary>
    public IReadOnlyList<LsoaMonthCount> LsoaByMonth()
    {
        using var reader = store.Connection.Query(
            """
            SELECT month, lsoa_code, coalesce(lsoa_name, ''), count(*)
            FROM record_area
            WHERE lsoa_code IS NOT NULL
            GROUP BY 1, 2, 3
            ORDER BY 1, 2, 3
            """);
        var rows = new List<LsoaMonthCount>();
        while (reader.Read()) rows.Add(new LsoaMonthCount(YearMonth.FromDate(reader.GetDate(0)), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        return rows;
    }

    /// <summary>Distinct LSOA codes of in-area records, sorted: the LSOAs whose residents make up the area's population.</summary>
    public IReadOnlyList<string> InAreaLsoaCodes()
    {
        using var reader = store.Connection.Query(
            $"SELECT DISTINCT lsoa_code FROM record_area WHERE area_status = '{AreaScope.InArea}' AND lsoa_code IS NOT NULL ORDER BY 1");
        var codes = new List<string>();
        while (reader.Read()) codes.Add(reader.GetString(0));
        return codes;
    }
}
