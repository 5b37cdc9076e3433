using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Storage.Store;

namespace Assessment.Storage.Analysis;

/// <summary>Every stored police.uk row counted by force, district, month and crime type, whatever the area.</summary>
public static class DistrictCountQueries
{
    /// <summary>
    /// Counts over every loaded month of every force: the district is the LSOA name without its "NNNX" code (police.uk
    /// names LSOAs "&lt;District&gt; NNNX"), empty for rows without an LSOA name; rows without a crime type are left out.
    /// Ordered by force, district, month and crime type.
    /// </summary>
    /// <param name="store">An open store.</param>
    /// <exception cref="DuckDB.NET.Data.DuckDBException">DuckDB failed.</exception>
    public static IReadOnlyList<DistrictCrimeCount> CountsByDistrict(AssessmentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var reader = store.Connection.Query(
            """
            SELECT f.force, coalesce(trim(regexp_replace(r.lsoa_name, '[0-9]{3}[A-Z]$', '')), '') AS district, r.month, r.crime_type, count(*) AS n
            FROM street_record r JOIN source_file f USING (file_id)
            WHERE r.crime_type IS NOT NULL AND f.force IS NOT NULL
            GROUP BY 1, 2, 3, 4
            ORDER BY 1, 2, 3, 4
            """);
        var counts = new List<DistrictCrimeCount>();
        while (reader.Read())
            counts.Add(new DistrictCrimeCount(reader.GetString(0), reader.GetString(1), YearMonth.FromDate(reader.GetDate(2)), reader.GetString(3), reader.GetInt64(4)));
        return counts;
    }
}
