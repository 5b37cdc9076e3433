using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Core.Geography;
using Assessment.Core.Trends;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;

namespace Assessment.Files.Trends;

/// <summary>
/// Reads a population file, one row per LSOA giving its code and its residents: the published IoD2019 File 6
/// workbook ("File_6_-_IoD2019_Population_Denominators.xlsx", sheet <see cref="Sheet"/>) as it is, any other .xlsx
/// whose first sheet has such columns, or a CSV. The header row is found by its column names within the first 30 rows
/// (title rows above it are skipped), and columns are read by name, ignoring case, spaces, underscores and hyphens:
/// <list type="bullet">
/// <item>LSOA code: lsoa_code, LSOA21CD, LSOA11CD, "LSOA 2021 Code", "LSOA code (2011)", code;</item>
/// <item>population: population, residents, total, "All Ages", or any column starting "Total population" (File 6:
/// "Total population: mid 2015 (excluding prisoners)");</item>
/// <item>optional district: "Local Authority District code (2019)", LAD21CD, "LAD 2021 Code", lad_code, and its name;</item>
/// <item>optional age bands: the three File 6 columns "… aged 0-15 …", "… aged 16-59 …", "… aged 60 and over …".</item>
/// </list>
/// A CSV with exactly two columns, neither named as above, may name them anything (code first). Other columns are ignored; thousands separators
/// are allowed. The LSOA vintage is taken from the code column's name (2011 or 2021), the reference date from the
/// population column's ("mid 2015" → "mid-2015"). A suppressed population ("*", "[c]", "[x]", ":", "..", blank) is
/// read as missing, never as zero: the LSOA is left out and counted in <see cref="LsoaPopulation.SuppressedLsoas"/>.
/// </summary>
public static partial class PopulationFile
{
    /// <summary>The worksheet of IoD2019 File 6 that holds the population by LSOA.</summary>
    public const string Sheet = "Population Denominators";

    private const int HeaderSearchRows = 30;

    /// <summary>Reads the file at <paramref name="path"/>: LSOA code → residents (a count of people, ≥ 0), and what else it gives.</summary>
    /// <exception cref="ConfigurationException">The file is missing, unreadable or malformed CSV; no header row with an
    /// LSOA code and a population column is found; a code is not an LSOA code; a population or age band is not a number
    /// ≥ 0; a code appears twice; or there are no rows. The message names the file (and sheet), and the line or row and
    /// column of a bad value.</exception>
    public static LsoaPopulation Read(string path)
    {
        var (location, rows) = SheetLocation.Open(path, Sheet, "Population file");
        return Parse(location, rows);
    }

    private static LsoaPopulation Parse(SheetLocation location, IReadOnlyList<SheetRow> rows)
    {
        var (path, sheet, where) = (location.Path, location.Sheet, location.Where);
        var candidates = rows.Take(HeaderSearchRows).Where(r => !r.IsBlank).ToList();
        var header = candidates.FirstOrDefault(r => Columns.Find(r) is { Code: >= 0, Population: >= 0 });
        Columns columns;
        if (header is not null)
        {
            columns = Columns.Find(header);
        }
        else if (sheet is null && candidates.FirstOrDefault() is { } first && first.Cells.Count == 2 && Columns.Find(first) is { Code: < 0, Population: < 0 })
        {
            (header, columns) = (first, new Columns(0, 1, -1, -1, -1, -1, -1));
        }
        else
        {
            var found = candidates.FirstOrDefault()?.Cells.Select(c => c.Trim()) ?? [];
            throw new ConfigurationException($"{where}: expected an LSOA code column (e.g. lsoa_code) and a population column (e.g. population); found {string.Join(", ", found)}.");
        }

        var lsoas = new List<LsoaResidents>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var suppressed = 0;
        foreach (var row in rows.SkipWhile(r => r != header).Skip(1))
        {
            if (row.IsBlank) continue;
            ConfigurationException Error(int column, string message) => location.At(row, header, column, message);

            var code = row.Cell(columns.Code);
            if (!LooksLikeLsoaCode(code)) throw Error(columns.Code, $"\"{code}\" is not an LSOA code (e.g. E01024000).");
            if (seen.TryGetValue(code, out var firstRow))
                throw Error(columns.Code, $"{code} appears more than once (first at {location.RowWord} {firstRow}).");
            seen[code] = row.Number;

            var residents = Count(row, columns.Population, code, Error);
            if (residents is null)
            {
                suppressed++;
                continue;
            }

            var district = columns.DistrictCode >= 0 && row.Cell(columns.DistrictCode) is { Length: > 0 } districtCode
                ? new LsoaDistrict(districtCode, row.Cell(columns.DistrictName))
                : null;
            var ages = columns.HasAges
                && Count(row, columns.Children, code, Error) is { } children
                && Count(row, columns.WorkingAge, code, Error) is { } working
                && Count(row, columns.Older, code, Error) is { } older
                ? new AgeBands(children, working, older)
                : null;
            lsoas.Add(new LsoaResidents(code, residents.Value, district, ages));
        }

        if (lsoas.Count == 0) throw new ConfigurationException($"{where}: no LSOA rows found{(suppressed > 0 ? $" ({suppressed} with a suppressed population)" : "")}.");
        return new LsoaPopulation(lsoas, Path.GetFileName(path), VintageOf(header.Cell(columns.Code)), ReferenceDateOf(header.Cell(columns.Population)))
        {
            SuppressedLsoas = suppressed,
        };
    }

    private static double? Count(SheetRow row, int column, string code, Func<int, string, ConfigurationException> error)
    {
        var text = row.Cell(column);
        if (MissingValue.Is(text)) return null;
        var number = text.Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
            throw error(column, $"the population of {code} is \"{text}\"; expected a number ≥ 0 or a suppression marker (\"*\", \"[c]\", \"[x]\", \":\", \"..\").");
        return value;
    }

    private static LsoaVintage VintageOf(string codeColumn) =>
        codeColumn.Contains("2011", StringComparison.Ordinal) || Normalise(codeColumn).StartsWith("lsoa11", StringComparison.Ordinal) ? LsoaVintage.Census2011
        : codeColumn.Contains("2021", StringComparison.Ordinal) || Normalise(codeColumn).StartsWith("lsoa21", StringComparison.Ordinal) ? LsoaVintage.Census2021
        : LsoaVintage.Undetermined;

    private static string? ReferenceDateOf(string populationColumn) =>
        MidYear().Match(populationColumn) is { Success: true } m ? $"mid-{m.Groups[1].Value}" : null;

    /// <summary>True for a 9-character English or Welsh LSOA code (E01…, W01…).</summary>
    internal static bool LooksLikeLsoaCode(string text) =>
        text.Length == 9 && text[0] is 'E' or 'W' && text[1] == '0' && text[2] == '1' && text.Skip(3).All(char.IsAsciiDigit);

    private static string Normalise(string name) => CsvExtract.Normalise(name);

    [GeneratedRegex(@"\bmid[\s-]*(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MidYear();

    /// <summary>Column indexes in the header row, −1 when absent.</summary>
    private sealed record Columns(int Code, int Population, int DistrictCode, int DistrictName, int Children, int WorkingAge, int Older)
    {
        private static readonly string[] CodeNames = ["lsoa_code", "lsoa code", "lsoa21cd", "lsoa11cd", "lsoa 2021 code", "lsoa 2011 code", "lsoa code (2011)", "lsoa code (2021)", "lsoacd", "code"];
        private static readonly string[] PopulationNames = ["population", "residents", "total", "all ages", "usual residents"];
        private static readonly string[] DistrictCodeNames = ["lad_code", "lad code", "lad21cd", "lad22cd", "lad23cd", "lad19cd", "lad 2021 code", "lad 2022 code", "lad 2023 code", "local authority district code"];
        private static readonly string[] DistrictNameNames = ["lad_name", "lad name", "lad21nm", "lad22nm", "lad23nm", "lad19nm", "lad 2021 name", "lad 2022 name", "lad 2023 name", "local authority district name"];

        public bool HasAges => Children >= 0 && WorkingAge >= 0 && Older >= 0;

        public static Columns Find(SheetRow header)
        {
            var names = header.Cells.Select(c => Normalise(c)).ToList();
            int Named(string[] wanted, string? prefix = null)
            {
                var set = wanted.Select(Normalise).ToHashSet(StringComparer.Ordinal);
                var exact = names.FindIndex(set.Contains);
                if (exact >= 0) return exact;
                // Published headers carry a vintage or a note: "LSOA code (2011)", "Total population: mid 2015 (…)".
                return names.FindIndex(n => set.Any(w => n.StartsWith(w + "(", StringComparison.Ordinal)) || (prefix is not null && n.StartsWith(Normalise(prefix), StringComparison.Ordinal)));
            }
            int Containing(string fragment) => names.FindIndex(n => n.Contains(Normalise(fragment), StringComparison.Ordinal));
            return new Columns(
                Named(CodeNames), Named(PopulationNames, "total population"), Named(DistrictCodeNames), Named(DistrictNameNames),
                Containing("aged 0-15"), Containing("aged 16-59"), Containing("aged 60 and over"));
        }
    }
}
