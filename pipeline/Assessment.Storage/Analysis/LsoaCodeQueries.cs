using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Storage.Store;

namespace Assessment.Storage.Analysis;

/// <summary>
/// The stored rows' LSOA codes as given in the files (not mapped by <see cref="AreaScope"/>), for telling their census
/// vintage and mapping them to the area's.
/// </summary>
/// <param name="store">An open store.</param>
public sealed class LsoaCodeQueries(AssessmentStore store)
{
    /// <summary>Each distinct (month, LSOA code) of the stored rows with a code, by month then code.</summary>
    /// <exception cref="DuckDB.NET.Data.DuckDBException">DuckDB failed.</exception>
    public IReadOnlyList<(YearMonth Month, string Code)> CodesByMonth()
    {
        using var reader = store.Connection.Query("SELECT DISTINCT month, lsoa_code FROM street_record WHERE lsoa_code IS NOT NULL AND lsoa_code <> '' ORDER BY 1, 2");
        var rows = new List<(YearMonth, string)>();
        while (reader.Read()) rows.Add((YearMonth.FromDate(reader.GetDate(0)), reader.GetString(1)));
        return rows;
    }

    /// <summary>Stored rows with an LSOA code, counted by code and point (a null point for rows without coordinates).</summary>
    /// <exception cref="DuckDB.NET.Data.DuckDBException">DuckDB failed.</exception>
    public IReadOnlyList<LsoaPointRows> RowsByCodeAndPoint()
    {
        using var reader = store.Connection.Query(
            "SELECT lsoa_code, longitude, latitude, count(*) FROM street_record WHERE lsoa_code IS NOT NULL AND lsoa_code <> '' GROUP BY ALL ORDER BY ALL");
        var rows = new List<LsoaPointRows>();
        while (reader.Read())
        {
            rows.Add(new LsoaPointRows(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetDouble(2), reader.GetInt64(3)));
        }
        return rows;
    }
}
