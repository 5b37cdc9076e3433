using Assessment.Core.Geography;
using DuckDB.NET.Data;
using Assessment.Storage.Store;

namespace Assessment.Storage.Analysis;

/// <summary>
/// Marks each stored row as in the area, outside it, or without a location, through the temporary view
/// <c>record_area</c> (street_record's columns plus <c>area_status</c>). Membership is decided at analysis time, not
/// stored, so the same store serves any area definition.
/// </summary>
public static class AreaScope
{
    /// <summary><c>area_status</c> of a row placed inside the area.</summary>
    public const string InArea = "in_area";

    /// <summary><c>area_status</c> of a row with coordinates outside the area.</summary>
    public const string OutsideArea = "outside_area";

    /// <summary><c>area_status</c> of a row without coordinates (police.uk "No Location"), which no area can claim.</summary>
    public const string NoLocation = "no_location";

    /// <summary>
    /// (Re)creates the temporary view <c>record_area</c> on the store's main connection, with helper tables
    /// <c>area_prefix</c>, <c>area_code</c> or <c>area_point</c>. A boundary area tests each distinct stored point once.
    /// With <paramref name="placements"/> (rows whose LSOA codes are of the other census vintage than the area's code
    /// list, see <see cref="LsoaCodeMapping"/>), a placed row's <c>lsoa_code</c> in the view is its code in the area's
    /// vintage, and the placement decides whether it is in the area; <c>street_record</c> keeps the code as given.
    /// </summary>
    /// <param name="store">An open store.</param>
    /// <param name="area">An LSOA-name prefix, an LSOA code list or a boundary.</param>
    /// <param name="placements">Placements of codes (or codes at a point) of the other vintage; null or empty for none.</param>
    /// <exception cref="ArgumentException"><paramref name="area"/> is another kind of definition.</exception>
    /// <exception cref="DuckDB.NET.Data.DuckDBException">DuckDB failed.</exception>
    public static void Apply(AssessmentStore store, AreaDefinition area, IReadOnlyList<LsoaPlacement>? placements = null)
    {
        var connection = store.Connection;
        connection.Execute("DROP VIEW IF EXISTS temp.record_area; DROP TABLE IF EXISTS temp.area_prefix; DROP TABLE IF EXISTS temp.area_code; DROP TABLE IF EXISTS temp.area_point; DROP TABLE IF EXISTS temp.lsoa_code_placement; DROP TABLE IF EXISTS temp.lsoa_point_placement;");
        var membership = area switch
        {
            LsoaNamePrefixArea prefix => PrefixMembership(connection, prefix),
            LsoaCodeListArea codes => CodeMembership(connection, codes),
            BoundaryArea boundary => BoundaryMembership(connection, boundary),
            _ => throw new ArgumentException($"Unsupported area definition {area.GetType().Name}.", nameof(area)),
        };
        // police.uk "No Location" rows have neither coordinates nor an LSOA, so they can't be placed in any area.
        CreatePlacementTables(connection, placements ?? []);
        connection.Execute(
            $"""
            CREATE TEMP VIEW record_area AS
            SELECT r.* REPLACE (coalesce(pp.mapped_code, cp.mapped_code, r.lsoa_code) AS lsoa_code),
                   CASE WHEN r.longitude IS NULL OR r.latitude IS NULL THEN '{NoLocation}'
                        WHEN coalesce(pp.in_area, cp.in_area, {membership}) THEN '{InArea}'
                        ELSE '{OutsideArea}' END AS area_status
            FROM street_record r
            LEFT JOIN lsoa_code_placement cp ON cp.code = r.lsoa_code
            LEFT JOIN lsoa_point_placement pp ON pp.code = r.lsoa_code AND pp.longitude = r.longitude AND pp.latitude = r.latitude
            """);
    }

    private static void CreatePlacementTables(DuckDBConnection connection, IReadOnlyList<LsoaPlacement> placements)
    {
        // Keys are unique, so the view's joins never repeat a row.
        connection.Execute(
            """
            CREATE TEMP TABLE lsoa_code_placement (code VARCHAR PRIMARY KEY, mapped_code VARCHAR NOT NULL, in_area BOOLEAN NOT NULL);
            CREATE TEMP TABLE lsoa_point_placement (code VARCHAR NOT NULL, longitude DOUBLE NOT NULL, latitude DOUBLE NOT NULL,
                mapped_code VARCHAR NOT NULL, in_area BOOLEAN NOT NULL, PRIMARY KEY (code, longitude, latitude));
            """);
        using (var appender = connection.CreateAppender("lsoa_code_placement"))
        {
            foreach (var p in placements.Where(p => p.Longitude is null || p.Latitude is null))
            {
                appender.CreateRow().AppendValue(p.Code).AppendValue(p.MappedCode).AppendValue(p.InArea).EndRow();
            }
            appender.Close();
        }
        using (var appender = connection.CreateAppender("lsoa_point_placement"))
        {
            foreach (var p in placements.Where(p => p.Longitude is not null && p.Latitude is not null))
            {
                appender.CreateRow().AppendValue(p.Code).AppendValue(p.Longitude).AppendValue(p.Latitude).AppendValue(p.MappedCode).AppendValue(p.InArea).EndRow();
            }
            appender.Close();
        }
    }

    /// <summary>Rows placed in the area by the last <see cref="Apply"/>.</summary>
    /// <param name="store">A store on which <see cref="Apply"/> has run.</param>
    /// <exception cref="DuckDB.NET.Data.DuckDBException">DuckDB failed.</exception>
    public static long RowsInArea(AssessmentStore store) =>
        store.Connection.Scalar<long>($"SELECT count(*) FROM record_area WHERE area_status = '{InArea}'");

    /// <summary>Stored rows whose LSOA name starts with <paramref name="prefix"/> (case-sensitive), e.g. "Shepway ".</summary>
    /// <param name="store">An open store.</param>
    /// <param name="prefix">Start of the LSOA name, trailing space included.</param>
    /// <exception cref="DuckDB.NET.Data.DuckDBException">DuckDB failed.</exception>
    public static long RowsWithLsoaNamePrefix(AssessmentStore store, string prefix) =>
        store.Connection.Scalar<long>("SELECT count(*) FROM street_record WHERE starts_with(lsoa_name, ?)", prefix);

    /// <summary>
    /// The LSOA-name prefixes in the stored rows: each LSOA name without its trailing "NNNX" code (police.uk names LSOAs
    /// "&lt;District&gt; NNNX", so "Canterbury 018A" gives "Canterbury "), with the number of rows, most rows first.
    /// </summary>
    /// <param name="store">An open store.</param>
    /// <exception cref="DuckDB.NET.Data.DuckDBException">DuckDB failed.</exception>
    public static IReadOnlyList<(string Prefix, long Rows)> LsoaNamePrefixes(AssessmentStore store)
    {
        var prefixes = new List<(string, long)>();
        using var reader = store.Connection.Query(
            """
            SELECT regexp_replace(lsoa_name, '[0-9]{3}[A-Z]$', '') AS prefix, count(*) AS n
            FROM street_record WHERE lsoa_name IS NOT NULL AND lsoa_name <> ''
            GROUP BY 1 ORDER BY n DESC, prefix
            """);
        while (reader.Read()) prefixes.Add((reader.GetString(0), reader.GetInt64(1)));
        return prefixes;
    }

    private static string PrefixMembership(DuckDBConnection connection, LsoaNamePrefixArea area)
    {
        connection.Execute("CREATE TEMP TABLE area_prefix (prefix VARCHAR NOT NULL)");
        foreach (var prefix in area.Prefixes) connection.Execute("INSERT INTO area_prefix VALUES (?)", prefix);
        return "coalesce(EXISTS (SELECT 1 FROM area_prefix p WHERE starts_with(r.lsoa_name, p.prefix)), false)";
    }

    private static string CodeMembership(DuckDBConnection connection, LsoaCodeListArea area)
    {
        connection.Execute("CREATE TEMP TABLE area_code (code VARCHAR PRIMARY KEY)");
        using (var appender = connection.CreateAppender("area_code"))
        {
            foreach (var code in area.Codes)
            {
                appender.CreateRow().AppendValue(code).EndRow();
            }
            appender.Close();
        }
        return "r.lsoa_code IN (SELECT code FROM area_code)";
    }

    private static string BoundaryMembership(DuckDBConnection connection, BoundaryArea area)
    {
        // Test each distinct snap point once (tens of thousands) rather than every row (hundreds of thousands).
        var inside = new List<(double Lon, double Lat)>();
        using (var reader = connection.Query("SELECT DISTINCT longitude, latitude FROM street_record WHERE longitude IS NOT NULL AND latitude IS NOT NULL"))
        {
            while (reader.Read())
            {
                var (lon, lat) = (reader.GetDouble(0), reader.GetDouble(1));
                if (area.Covers(lon, lat)) inside.Add((lon, lat));
            }
        }
        connection.Execute("CREATE TEMP TABLE area_point (longitude DOUBLE NOT NULL, latitude DOUBLE NOT NULL)");
        using (var appender = connection.CreateAppender("area_point"))
        {
            foreach (var (lon, lat) in inside)
            {
                appender.CreateRow().AppendValue(lon).AppendValue(lat).EndRow();
            }
            appender.Close();
        }
        return "EXISTS (SELECT 1 FROM area_point p WHERE p.longitude = r.longitude AND p.latitude = r.latitude)";
    }
}
