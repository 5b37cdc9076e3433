using System.Globalization;
using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;

namespace Assessment.Files.Benchmarking;

/// <summary>
/// Reads the compact table of police.uk rows by force, district, month and crime type that a whole-force run writes to
/// <c>tables/benchmark_counts.csv</c> (columns <c>force, district, month, crime_type, count</c>, found by name), so the
/// force comparison can be made without the force's files. See docs/data-formats.md.
/// </summary>
public static class DistrictCountFile
{
    /// <summary>The columns, in the order the run writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["force", "district", "month", "crime_type", "count"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <returns>The rows as in the file; an empty district is a row without an LSOA.</returns>
    /// <exception cref="ConfigurationException">The file is missing or malformed CSV, a column is missing, a month is not
    /// YYYY-MM, a crime type is not police.uk's, a count is not a whole number ≥ 1, a (force, district, month, crime type)
    /// appears twice, or there are no rows. The message names the file, and the line and column of a bad value.</exception>
    public static IReadOnlyList<DistrictCrimeCount> Read(string path)
    {
        using var csv = CsvExtract.Open(path, "Benchmark counts file");
        var columns = Columns.Select(c => csv.Column(c)).ToArray();
        var missing = Columns.Where((_, i) => columns[i] < 0).ToList();
        if (missing.Count > 0)
            throw new ConfigurationException($"{path}: no {string.Join(", ", missing)} column; expected the columns {string.Join(", ", Columns)} (found {string.Join(", ", csv.Header)}).");

        var rows = new List<DistrictCrimeCount>();
        var seen = new HashSet<(string, string, YearMonth, string)>();
        while (csv.Read())
        {
            var force = csv.Field(columns[0]);
            var district = csv.Field(columns[1]);
            if (force.Length == 0) throw csv.Error(columns[0], "the force is empty; expected a police.uk force identifier such as kent.");
            if (!YearMonth.TryParse(csv.Field(columns[2]), out var month))
                throw csv.Error(columns[2], $"\"{csv.Field(columns[2])}\" is not a month; expected YYYY-MM.");
            var crimeType = csv.Field(columns[3]);
            if (!PoliceUkCrimeTypes.IsKnown(crimeType))
                throw csv.Error(columns[3], $"\"{crimeType}\" is not a police.uk crime type ({string.Join(", ", PoliceUkCrimeTypes.All)}).");
            if (!long.TryParse(csv.Field(columns[4]), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
                throw csv.Error(columns[4], $"the count is \"{csv.Field(columns[4])}\"; expected a whole number ≥ 1.");
            if (!seen.Add((force, district, month, crimeType)))
                throw csv.Error(columns[1], $"{force}, {(district.Length == 0 ? "(no location)" : district)}, {month}, {crimeType} appears more than once.");
            rows.Add(new DistrictCrimeCount(force, district, month, crimeType, count));
        }

        if (rows.Count == 0) throw new ConfigurationException($"{path}: no rows found.");
        return rows;
    }
}
