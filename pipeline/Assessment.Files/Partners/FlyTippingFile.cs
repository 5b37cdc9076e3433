using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;

namespace Assessment.Files.Partners;

/// <summary>
/// Reads DEFRA's "Fly-tipping incidents and actions reported by local authorities in England" table (sheet
/// <see cref="Sheet"/>) from the published xlsx workbook as it is, or from a CSV of the same sheet. The header row is
/// found by its column names (the workbook has title rows above it) and columns are read by name, so vintages that
/// reorder or add columns read the same. Cells beyond the header (2021-22 rows carry extra empty ones) are ignored.
/// </summary>
/// <remarks>
/// Columns used: Year ("2012-13"), ONS Code, LA Name, Region, Total Incidents, and where present "Mid population
/// estimates" and "Reporting basis". Suppressed or unavailable values (":", "*", "[c]", "[x]", "[z]", "..", blank) read
/// as missing. A row is refused, with file, sheet, row, column and reason, for a count that is not a number or is
/// negative, a year not in the form YYYY-YY, an empty ONS code, or a second row for the same year and authority.
/// </remarks>
public static partial class FlyTippingFile
{
    /// <summary>The worksheet of the published workbook that holds incidents by local authority.</summary>
    public const string Sheet = "LA_incidents";

    private const string YearColumn = "Year";
    private const string CodeColumn = "ONS Code";
    private const string NameColumn = "LA Name";
    private const string RegionColumn = "Region";
    private const string TotalColumn = "Total Incidents";
    private const string PopulationColumn = "Mid population estimates";
    private const string BasisColumn = "Reporting basis";

    // Published workbooks have a few title rows; a header further down means the wrong sheet or file.
    private const int HeaderSearchRows = 30;

    /// <summary>Reads the file at <paramref name="path"/>: an .xlsx workbook (sheet <see cref="Sheet"/>) or otherwise a CSV.</summary>
    /// <exception cref="ConfigurationException">The file is missing or unreadable, has no such sheet, or no header row with
    /// Year, ONS Code, LA Name and Total Incidents within its first 30 rows (file and sheet named).</exception>
    public static FlyTippingExtract Read(string path)
    {
        var workbook = SheetSource.IsWorkbook(path);
        var rows = workbook ? SheetSource.Workbook(path, Sheet) : SheetSource.Csv(path);
        return Parse(path, workbook ? Sheet : null, rows);
    }

    /// <summary>The sheet <see cref="Read"/> reads from <paramref name="path"/>: <see cref="Sheet"/> for a workbook, null for a CSV.</summary>
    public static string? SheetOf(string path) => SheetSource.IsWorkbook(path) ? Sheet : null;

    internal static FlyTippingExtract Parse(string file, string? sheet, IReadOnlyList<SheetRow> rows)
    {
        var headerIndex = rows.Take(HeaderSearchRows).ToList().FindIndex(r => Required.All(name => IndexOf(r, name) >= 0));
        if (headerIndex < 0)
        {
            var where = sheet is null ? file : $"{file}, sheet {sheet}";
            throw new ConfigurationException(
                $"{where}: no header row with the columns {string.Join(", ", Required.Select(n => $"\"{n}\""))} in the first {HeaderSearchRows} rows; is this DEFRA's fly-tipping LA_incidents table?");
        }

        var header = rows[headerIndex];
        var columns = new Columns(
            IndexOf(header, YearColumn), IndexOf(header, CodeColumn), IndexOf(header, NameColumn), IndexOf(header, RegionColumn),
            IndexOf(header, TotalColumn), IndexOf(header, PopulationColumn), IndexOf(header, BasisColumn));

        var records = new List<FlyTippingRecord>();
        var rejects = new List<ExtractReject>();
        var seen = new Dictionary<(string Year, string Key), long>();
        long dataRows = 0;
        foreach (var row in rows.Skip(headerIndex + 1))
        {
            if (row.IsBlank) continue;
            dataRows++;
            var problems = new List<ExtractReject>();
            ExtractReject Reject(string? column, string type, string reason) => new(file, sheet, row.Number, column, type, reason);

            var year = row.Cell(columns.Year);
            if (!IsFinancialYear(year))
                problems.Add(Reject(YearColumn, ExtractReject.UnknownPeriod, $"the year is \"{year}\"; expected a financial year such as 2021-22."));
            var code = row.Cell(columns.Code);
            if (code.Length == 0)
                problems.Add(Reject(CodeColumn, ExtractReject.Missing, "the ONS code is empty, so the row cannot be joined to an area."));
            var name = row.Cell(columns.Name);
            var region = NullIfEmpty(row.Cell(columns.Region));
            var total = Count(row, columns.Total, TotalColumn, problems, Reject);
            var population = Count(row, columns.Population, PopulationColumn, problems, Reject);
            var kind = KindOf(code, name, region);

            if (problems.Count == 0)
            {
                // Totals share the code E00000000, so they are told apart by their label.
                var key = kind == FlyTippingRowKind.LocalAuthority ? code : $"{code}|{region}";
                if (seen.TryGetValue((year, key), out var first))
                {
                    problems.Add(Reject(YearColumn, ExtractReject.DuplicatePeriod,
                        $"{year} already has a row for {(kind == FlyTippingRowKind.LocalAuthority ? $"{code} ({name})" : region)} at {(sheet is null ? "line" : "row")} {first}; the first is kept."));
                }
                else
                {
                    seen[(year, key)] = row.Number;
                }
            }

            if (problems.Count > 0)
            {
                rejects.AddRange(problems);
                continue;
            }
            records.Add(new FlyTippingRecord(year, code, name, region, kind, total, population, NullIfEmpty(row.Cell(columns.Basis)), row.Number));
        }
        return new FlyTippingExtract(records, rejects, dataRows);
    }

    private static readonly string[] Required = [YearColumn, CodeColumn, NameColumn, TotalColumn];

    private sealed record Columns(int Year, int Code, int Name, int Region, int Total, int Population, int Basis);

    private static double? Count(SheetRow row, int column, string columnName, List<ExtractReject> problems, Func<string?, string, string, ExtractReject> reject)
    {
        if (column < 0) return null;
        var text = row.Cell(column);
        if (MissingValue.Is(text)) return null;
        if (!double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problems.Add(reject(columnName, ExtractReject.NotNumeric, $"\"{text}\" is not a number nor a missing-value marker (\":\", \"[c]\", \"[x]\", \"..\")."));
            return null;
        }
        if (value < 0)
        {
            problems.Add(reject(columnName, ExtractReject.Negative, $"{text} is negative; a count cannot be."));
            return null;
        }
        return value;
    }

    private static FlyTippingRowKind KindOf(string code, string name, string? region)
    {
        if (region is not null && region.StartsWith("*Total England", StringComparison.OrdinalIgnoreCase)) return FlyTippingRowKind.EnglandTotal;
        var total = code == "E00000000"
            || name.Equals("No relevant LA", StringComparison.OrdinalIgnoreCase)
            || code.StartsWith("*Total", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("*Total", StringComparison.OrdinalIgnoreCase)
            || (region?.StartsWith("*Total", StringComparison.OrdinalIgnoreCase) ?? false);
        if (!total) return FlyTippingRowKind.LocalAuthority;
        return (name + " " + code).Contains("England", StringComparison.OrdinalIgnoreCase) ? FlyTippingRowKind.EnglandTotal : FlyTippingRowKind.RegionTotal;
    }

    private static bool IsFinancialYear(string year)
    {
        var match = FinancialYear().Match(year);
        return match.Success && (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1) % 100 == int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    private static int IndexOf(SheetRow row, string name)
    {
        var wanted = Normalise(name);
        for (var i = 0; i < row.Cells.Count; i++)
            if (Normalise(row.Cells[i]) == wanted) return i;
        return -1;
    }

    // Header cells differ in case and spacing between vintages ("Mid population estimates " has a trailing space).
    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex FinancialYear();
}
