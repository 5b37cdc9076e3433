using Assessment.Core.Model;
using Assessment.Core.Profile;
using Assessment.Storage.Store;

namespace Assessment.Storage.Analysis;

/// <summary>Reads for the area profile. Call <see cref="AreaScope.Apply"/> first: the query reads the <c>record_area</c> view.</summary>
public static class ProfileQueries
{
    /// <summary>
    /// In-area records with an LSOA by LSOA code, LSOA name and crime type over <paramref name="months"/> (inclusive),
    /// ordered by code and type. Rows without a crime type are counted as "(none)", as the monthly counts are.
    /// </summary>
    public static IReadOnlyList<LsoaCrimeCount> CountsByLsoa(AssessmentStore store, MonthRange months)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var reader = store.Connection.Query(
            $"""
            SELECT lsoa_code, coalesce(any_value(lsoa_name), ''), coalesce(crime_type, '(none)'), count(*)
            FROM record_area
            WHERE area_status = '{AreaScope.InArea}' AND lsoa_code IS NOT NULL AND month BETWEEN ? AND ?
            GROUP BY lsoa_code, 3
            ORDER BY 1, 3
            """,
            months.First.FirstDay, months.Last.FirstDay);
        var rows = new List<LsoaCrimeCount>();
        while (reader.Read()) rows.Add(new LsoaCrimeCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        return rows;
    }
}
