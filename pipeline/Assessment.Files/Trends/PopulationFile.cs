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
    /// <exception cref="ConfigurationException">The file is missing, a column cannot be found, a code is not an LSOA
    /// code, a population is not a number ≥ 0, a code appears twice, or there are no rows.</exception>
    public static LsoaPopulation Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"Population file not found: {path}");
        var (header, rows) = CsvText.Parse(File.ReadAllText(path), path);
        var codeColumn = CsvText.Find(header, "lsoa_code", "lsoa code", "lsoa21cd", "lsoa11cd", "lsoa 2021 code", "lsoa 2011 code", "lsoacd", "code");
        var populationColumn = CsvText.Find(header, "population", "residents", "total", "all ages", "usual residents");
        if ((codeColumn < 0 || populationColumn < 0) && header.Count == 2) (codeColumn, populationColumn) = (0, 1);
        if (codeColumn < 0 || populationColumn < 0)
            throw new ConfigurationException($"{path}: expected an LSOA code column (e.g. lsoa_code) and a population column (e.g. population); found {string.Join(", ", header)}.");

        var residents = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (line, fields) in rows)
        {
            var code = Field(fields, codeColumn).Trim();
            var text = Field(fields, populationColumn).Trim().Replace(",", "", StringComparison.Ordinal);
            if (!LooksLikeLsoaCode(code))
                throw new ConfigurationException($"{path}, line {line}: \"{code}\" is not an LSOA code (e.g. E01024000).");
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
                throw new ConfigurationException($"{path}, line {line}: the population of {code} is \"{text}\"; expected a number ≥ 0.");
            if (!residents.TryAdd(code, value))
                throw new ConfigurationException($"{path}, line {line}: {code} appears more than once.");
        }

        if (residents.Count == 0) throw new ConfigurationException($"{path}: no LSOA rows found.");
        return new LsoaPopulation(residents, Path.GetFileName(path));
    }

    private static string Field(IReadOnlyList<string> fields, int index) => index < fields.Count ? fields[index] : "";

    private static bool LooksLikeLsoaCode(string text) =>
        text.Length == 9 && text[0] is 'E' or 'W' && text[1] == '0' && text[2] == '1' && text.Skip(3).All(char.IsAsciiDigit);
}
