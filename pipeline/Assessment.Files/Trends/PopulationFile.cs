using System.Globalization;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;

namespace Assessment.Files.Trends;

/// <summary>
/// Reads a population file: CSV with a header, one row per LSOA, giving its code and its residents. The code column
/// may be called lsoa_code, LSOA21CD, LSOA11CD, "LSOA 2021 Code" or code; the population column population,
/// residents, total or "All Ages". A file with exactly two columns may name them anything (code first). Other
/// columns are ignored; thousands separators in quoted numbers are allowed.
/// </summary>
public static class PopulationFile
{
    /// <summary>Reads the file at <paramref name="path"/>: LSOA code → residents (a count of people, ≥ 0).</summary>
    /// <exception cref="ConfigurationException">The file is missing or malformed CSV, a column cannot be found, a code
    /// is not an LSOA code, a population is not a number ≥ 0, a code appears twice, or there are no rows. The message
    /// names the file, and the line and column of a bad value.</exception>
    public static LsoaPopulation Read(string path)
    {
        using var csv = CsvExtract.Open(path, "Population file");
        var codeColumn = csv.Column("lsoa_code", "lsoa code", "lsoa21cd", "lsoa11cd", "lsoa 2021 code", "lsoa 2011 code", "lsoacd", "code");
        var populationColumn = csv.Column("population", "residents", "total", "all ages", "usual residents");
        if ((codeColumn < 0 || populationColumn < 0) && csv.Header.Count == 2) (codeColumn, populationColumn) = (0, 1);
        if (codeColumn < 0 || populationColumn < 0)
            throw new ConfigurationException($"{path}: expected an LSOA code column (e.g. lsoa_code) and a population column (e.g. population); found {string.Join(", ", csv.Header)}.");

        var residents = new Dictionary<string, double>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var code = csv.Field(codeColumn);
            var text = csv.Field(populationColumn).Replace(",", "", StringComparison.Ordinal);
            if (!LooksLikeLsoaCode(code))
                throw csv.Error(codeColumn, $"\"{code}\" is not an LSOA code (e.g. E01024000).");
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
                throw csv.Error(populationColumn, $"the population of {code} is \"{text}\"; expected a number ≥ 0.");
            if (!residents.TryAdd(code, value))
                throw csv.Error(codeColumn, $"{code} appears more than once.");
        }

        if (residents.Count == 0) throw new ConfigurationException($"{path}: no LSOA rows found.");
        return new LsoaPopulation(residents, Path.GetFileName(path));
    }

    private static bool LooksLikeLsoaCode(string text) =>
        text.Length == 9 && text[0] is 'E' or 'W' && text[1] == '0' && text[2] == '1' && text.Skip(3).All(char.IsAsciiDigit);
}
