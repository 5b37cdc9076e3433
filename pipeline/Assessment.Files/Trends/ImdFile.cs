using System.Globalization;
using Assessment.Core.Profile;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;

namespace Assessment.Files.Trends;

/// <summary>
/// Reads IMD 2019 ranks by 2011 LSOA (<c>inputs.imd</c>): MHCLG's File 1 workbook (sheet <see cref="Sheet"/>) or any
/// CSV or xlsx with an LSOA code column and a national rank column, e.g. <c>LSOA11CD,LSOA11NM,LAD19CD,LAD19NM,IMD19</c>.
/// The header is found by name within the first 30 rows. Columns (ignoring case, spaces, <c>_</c>, <c>-</c>): code
/// LSOA11CD, "LSOA code (2011)", lsoa_code; rank IMD19, imd_rank, "IMD rank", or any column starting "Index of Multiple
/// Deprivation (IMD) Rank"; optional name LSOA11NM, "LSOA name (2011)", lsoa_name. A cut of the national file is fine:
/// deciles come from the national rank alone (<see cref="ImdRanks.DecileOf"/>).
/// </summary>
public static class ImdFile
{
    /// <summary>The worksheet of IoD2019 File 1 that holds the IMD ranks.</summary>
    public const string Sheet = "IMD2019";

    private const int HeaderSearchRows = 30;

    private static readonly string[] CodeNames = ["lsoa11cd", "lsoa code (2011)", "lsoa_code", "lsoa code"];
    private static readonly string[] RankNames = ["imd19", "imd_rank", "imd rank", "imd2019 rank", "rank"];
    private const string RankPrefix = "index of multiple deprivation (imd) rank";
    private static readonly string[] NameNames = ["lsoa11nm", "lsoa name (2011)", "lsoa_name", "lsoa name"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">The file is missing or unreadable, has no code and rank columns, a code is not
    /// an LSOA code or is given twice, a rank is not a whole number from 1 to 32,844, or there are no rows. The message
    /// names the file (and sheet), the line or row and the column.</exception>
    public static ImdRanks Read(string path)
    {
        var (location, rows) = SheetLocation.Open(path, Sheet, "IMD file");
        var header = rows.Take(HeaderSearchRows).FirstOrDefault(r => Index(r, CodeNames) >= 0 && RankIndex(r) >= 0)
            ?? throw new ConfigurationException($"{location.Where}: expected an LSOA code column (e.g. LSOA11CD) and an IMD rank column (e.g. IMD19) in the first {HeaderSearchRows} rows.");
        var (code, rank, name) = (Index(header, CodeNames), RankIndex(header), Index(header, NameNames));

        var lsoas = new List<ImdLsoa>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows.SkipWhile(r => r != header).Skip(1).Where(r => !r.IsBlank))
        {
            var lsoa = row.Cell(code);
            if (!PopulationFile.LooksLikeLsoaCode(lsoa)) throw location.At(row, header, code, $"\"{lsoa}\" is not an LSOA code (e.g. E01024042).");
            if (seen.TryGetValue(lsoa, out var first)) throw location.At(row, header, code, $"{lsoa} appears more than once (first at {location.RowWord} {first}).");
            seen[lsoa] = row.Number;
            var text = row.Cell(rank);
            if (!double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || value != Math.Floor(value) || value < 1 || value > ImdRanks.EnglandLsoas)
                throw location.At(row, header, rank, $"the IMD rank of {lsoa} is \"{text}\"; expected a whole number from 1 to {ImdRanks.EnglandLsoas:N0}.");
            lsoas.Add(new ImdLsoa(lsoa, name >= 0 ? row.Cell(name) : "", (int)value));
        }
        if (lsoas.Count == 0) throw new ConfigurationException($"{location.Where}: no LSOA rows found.");
        return new ImdRanks(lsoas, Path.GetFileName(path));
    }

    private static int Index(SheetRow header, string[] names)
    {
        var wanted = names.Select(CsvExtract.Normalise).ToHashSet(StringComparer.Ordinal);
        return header.Cells.Select(CsvExtract.Normalise).ToList().FindIndex(wanted.Contains);
    }

    private static int RankIndex(SheetRow header)
    {
        var exact = Index(header, RankNames);
        var prefix = CsvExtract.Normalise(RankPrefix);
        return exact >= 0 ? exact : header.Cells.Select(CsvExtract.Normalise).ToList().FindIndex(n => n.StartsWith(prefix, StringComparison.Ordinal));
    }
}
