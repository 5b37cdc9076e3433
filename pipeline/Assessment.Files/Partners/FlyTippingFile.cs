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

    /// <summary>Reads the file at <paramref name="path"/>: an .xlsx workbook (sheet <see cref="Sheet"/>) or otherwise a CSV.</summary>
    /// <exception cref="ConfigurationException">The file is missing or unreadable, has no such sheet, or no header row with
    /// Year, ONS Code, LA Name and Total Incidents within its first 30 rows (file and sheet named).</exception>
    public static FlyTippingExtract Read(string path)
    {
        if (!SheetSource.IsWorkbook(path)) return Parse(path, null, SheetSource.Csv(path));
        var incidents = Parse(path, Sheet, SheetSource.Workbook(path, Sheet));
        var sheets = SheetSource.SheetNames(path);
        var actions = sheets.Contains(ActionsSheet, StringComparer.Ordinal) ? ParseActions(path, ActionsSheet, SheetSource.Workbook(path, ActionsSheet)) : default((List<FlyTippingActionRecord> Records, List<ExtractReject> Rejects, long DataRows)?);
        var notes = sheets.Contains(MetadataSheet, StringComparer.Ordinal)
            ? SheetSource.Workbook(path, MetadataSheet).Where(r => !r.IsBlank).Select(r => string.Join(" ", r.Cells.Select(c => c.Trim()).Where(c => c.Length > 0))).ToList()
            : [];
        return incidents with
        {
            Rejects = [.. incidents.Rejects, .. actions?.Rejects ?? []],
            Actions = actions?.Records ?? [],
            ActionDataRows = actions?.DataRows ?? 0,
            Notes = notes,
        };
    }

    /// <summary>The workbook's sheet of enforcement actions by local authority, read when present.</summary>
    public const string ActionsSheet = "LA_actions";

    /// <summary>The workbook's sheet of notes on the release (revisions, reporting-basis changes), read when present.</summary>
    public const string MetadataSheet = "Metadata";

    /// <summary>The sheet <see cref="Read"/> reads from <paramref name="path"/>: <see cref="Sheet"/> for a workbook, null for a CSV.</summary>
    public static string? SheetOf(string path) => SheetSource.IsWorkbook(path) ? Sheet : null;

    internal static FlyTippingExtract Parse(string file, string? sheet, IReadOnlyList<SheetRow> rows)
    {
        var headerIndex = SheetHeader.Find(rows, Required, file, sheet, "is this DEFRA's fly-tipping LA_incidents table?");
        var header = rows[headerIndex];
        var columns = new Columns(
            SheetHeader.IndexOf(header, YearColumn), SheetHeader.IndexOf(header, CodeColumn), SheetHeader.IndexOf(header, NameColumn), SheetHeader.IndexOf(header, RegionColumn),
            SheetHeader.IndexOf(header, TotalColumn), SheetHeader.IndexOf(header, PopulationColumn), SheetHeader.IndexOf(header, BasisColumn));

        var seen = new Dictionary<(string Year, string Key), long>();
        var (records, rejects, dataRows) = SheetRecords.Read(rows, headerIndex, file, sheet, (row, problems, reject) =>
        {
            var year = row.Cell(columns.Year);
            var code = row.Cell(columns.Code);
            CheckKey(year, code, problems, reject);
            var name = row.Cell(columns.Name);
            var region = NullIfEmpty(row.Cell(columns.Region));
            var total = Count(row, columns.Total, TotalColumn, problems, reject);
            var population = Count(row, columns.Population, PopulationColumn, problems, reject);
            var kind = KindOf(code, name, region);
            if (problems.Count == 0) CheckDuplicate(seen, year, code, name, region, kind, row.Number, sheet, problems, reject);
            return new FlyTippingRecord(year, code, name, region, kind, total, population, MissingValue.Is(row.Cell(columns.Basis)) ? null : row.Cell(columns.Basis), row.Number);
        });
        return new FlyTippingExtract(records, rejects, dataRows);
    }

    private static readonly string[] Required = [YearColumn, CodeColumn, NameColumn, TotalColumn];

    // Each LA_actions column kept, by its published name, with the short name of its type (FlyTippingActionTypes.Names).
    private static readonly (string Column, string Name)[] ActionColumns =
    [
        ("Total Actions", FlyTippingActionTypes.Total),
        ("Investigation Actions", "Investigations"),
        ("Warning Letter Actions", "Warning letters"),
        ("Statutory Notice Actions", "Statutory notices"),
        ("Total Fixed Penalty Notice Actions", "Fixed penalty notices"),
        ("Duty of Care Inspection Actions", "Duty of care inspections"),
        ("Stop and Search Actions", "Stop and search"),
        ("Vehicles seized", "Vehicles seized"),
        ("Formal Caution Actions", "Formal cautions"),
        ("Prosecution Actions", "Prosecutions"),
        ("Injunction Actions", "Injunctions"),
    ];

    private static readonly string[] ActionsRequired = [YearColumn, CodeColumn, NameColumn, ActionColumns[0].Column];

    internal static (List<FlyTippingActionRecord> Records, List<ExtractReject> Rejects, long DataRows) ParseActions(string file, string sheet, IReadOnlyList<SheetRow> rows)
    {
        var headerIndex = SheetHeader.Find(rows, ActionsRequired, file, sheet, "is this DEFRA's fly-tipping LA_actions table?");
        var header = rows[headerIndex];
        int Column(string name) => SheetHeader.IndexOf(header, name);
        var types = ActionColumns.Select(t => (t.Column, t.Name, Index: Column(t.Column))).Where(t => t.Index >= 0).ToList();
        var seen = new Dictionary<(string, string), long>();
        return SheetRecords.Read(rows, headerIndex, file, sheet, (row, problems, reject) =>
        {
            var (year, code, name, region) = (row.Cell(Column(YearColumn)), row.Cell(Column(CodeColumn)), row.Cell(Column(NameColumn)), NullIfEmpty(row.Cell(Column(RegionColumn))));
            CheckKey(year, code, problems, reject);
            var actions = types.Select(t => new KeyValuePair<string, double?>(t.Name, Count(row, t.Index, t.Column, problems, reject))).ToList();
            var kind = KindOf(code, name, region);
            if (problems.Count == 0) CheckDuplicate(seen, year, code, name, region, kind, row.Number, sheet, problems, reject);
            return new FlyTippingActionRecord(year, code, name, kind, actions, row.Number);
        });
    }

    private static void CheckKey(string year, string code, List<ExtractReject> problems, SheetRecords.Rejecter reject)
    {
        if (!IsFinancialYear(year))
            problems.Add(reject(YearColumn, ExtractReject.UnknownPeriod, $"the year is \"{year}\"; expected a financial year such as 2021-22."));
        if (code.Length == 0)
            problems.Add(reject(CodeColumn, ExtractReject.Missing, "the ONS code is empty, so the row cannot be joined to an area."));
    }

    // Totals share one code, so they are told apart by their label; the first row of a year and key is kept.
    private static void CheckDuplicate(Dictionary<(string, string), long> seen, string year, string code, string name, string? region, FlyTippingRowKind kind,
        long rowNumber, string? sheet, List<ExtractReject> problems, SheetRecords.Rejecter reject)
    {
        var key = kind == FlyTippingRowKind.LocalAuthority ? code : $"{code}|{region}";
        var label = kind == FlyTippingRowKind.LocalAuthority ? $"{code} ({name})" : region;
        if (seen.TryGetValue((year, key), out var first))
            problems.Add(reject(YearColumn, ExtractReject.DuplicatePeriod, $"{year} already has a row for {label} at {(sheet is null ? "line" : "row")} {first}; the first is kept."));
        else
            seen[(year, key)] = rowNumber;
    }

    private sealed record Columns(int Year, int Code, int Name, int Region, int Total, int Population, int Basis);

    private static double? Count(SheetRow row, int column, string columnName, List<ExtractReject> problems, SheetRecords.Rejecter reject)
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

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex FinancialYear();
}
