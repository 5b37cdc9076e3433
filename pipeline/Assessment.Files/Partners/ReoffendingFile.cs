using Assessment.Core.Partners;
using Assessment.Files.Configuration;

namespace Assessment.Files.Partners;

/// <summary>
/// Reads a Ministry of Justice proven-reoffending extract by local authority: a CSV, or the first sheet of an xlsx
/// workbook (or the sheet <see cref="Sheet"/> when it has one). The header row is found by its column names within
/// the first 30 rows (workbooks put title rows above it) and columns are read by name, so vintages that reorder or add
/// columns read the same; names are compared without case, with embedded line breaks read as spaces.
/// </summary>
/// <remarks>
/// Columns (aliases in brackets): Cohort period ("Jan 2022 to Mar 2022"), Area code [Local authority code, ONS code],
/// Area name [Local authority], Number of offenders in the measurable cohort, Number of reoffenders; optional Area type
/// (Local authority, County, England and Wales; without it, K04000001 is England and Wales, E10… a county and any
/// other code a local authority), Offender type [Adult/Juvenile] (Adult, Juvenile, All; without it, All), Number of
/// reoffences, Proportion of offenders who reoffend (%). Suppressed values ("*", "[c]", "[x]", ":", "..") read as
/// missing. A row is refused, with file, row, column and reason, for an unreadable period, an empty area code, an
/// unknown area or offender type, a count that is not a whole number or is negative, more reoffenders than offenders,
/// a published proportion more than 0.1 points from reoffenders ÷ offenders, or a second row for the same period,
/// area and offender type.
/// </remarks>
public static class ReoffendingFile
{
    /// <summary>The worksheet read from a workbook when present (otherwise its first sheet).</summary>
    public const string Sheet = "Data";

    private const string PeriodColumn = "Cohort period";
    private const string CodeColumn = "Area code";
    private const string NameColumn = "Area name";
    private const string AreaTypeColumn = "Area type";
    private const string OffenderColumn = "Offender type";
    private const string OffendersColumn = "Number of offenders in the measurable cohort";
    private const string ReoffendersColumn = "Number of reoffenders";
    private const string ReoffencesColumn = "Number of reoffences";
    private const string ProportionColumn = "Proportion of offenders who reoffend (%)";

    private const int HeaderSearchRows = 30;

    // Published proportions are rounded to one decimal place; a gap above this is a transcription error.
    private const double ProportionTolerancePoints = 0.1;

    private static readonly string[] PeriodNames = [PeriodColumn, "Cohort", "Period"];
    private static readonly string[] CodeNames = [CodeColumn, "Local authority code", "ONS code", "LA code"];
    private static readonly string[] NameNames = [NameColumn, "Local authority", "LA name"];
    private static readonly string[] OffenderNames = [OffenderColumn, "Adult/Juvenile", "Adult/juvenile"];

    /// <summary>Reads the file at <paramref name="path"/>: an .xlsx workbook or otherwise a CSV.</summary>
    /// <exception cref="ConfigurationException">The file is missing or unreadable, or has no header row with the required columns within its first 30 rows (file named).</exception>
    public static ReoffendingExtract Read(string path)
    {
        var sheet = SheetOf(path);
        var rows = sheet is null ? SheetSource.Csv(path) : SheetSource.Workbook(path, sheet);
        return Parse(path, sheet, rows);
    }

    /// <summary>The sheet <see cref="Read"/> reads from <paramref name="path"/>: for a workbook <see cref="Sheet"/> when present, else its first; null for a CSV.</summary>
    /// <exception cref="ConfigurationException">A workbook that cannot be read (file named).</exception>
    public static string? SheetOf(string path) => SheetSource.IsWorkbook(path) ? SheetSource.PreferredSheet(path, Sheet) : null;

    internal static ReoffendingExtract Parse(string file, string? sheet, IReadOnlyList<SheetRow> rows)
    {
        var headerIndex = rows.Take(HeaderSearchRows).ToList().FindIndex(r =>
            SheetHeader.IndexOf(r, PeriodNames) >= 0 && SheetHeader.IndexOf(r, CodeNames) >= 0 && SheetHeader.IndexOf(r, OffendersColumn) >= 0 && SheetHeader.IndexOf(r, ReoffendersColumn) >= 0);
        if (headerIndex < 0)
        {
            var where = sheet is null ? file : $"{file}, sheet {sheet}";
            throw new ConfigurationException(
                $"{where}: no header row with the columns \"{PeriodColumn}\", \"{CodeColumn}\", \"{OffendersColumn}\" and \"{ReoffendersColumn}\" in the first {HeaderSearchRows} rows; is this a Ministry of Justice proven-reoffending extract?");
        }
        var header = rows[headerIndex];
        int Col(params string[] names) => SheetHeader.IndexOf(header, names);
        var (period, code, name, areaType, offender) = (Col(PeriodNames), Col(CodeNames), Col(NameNames), Col(AreaTypeColumn), Col(OffenderNames));
        var (offenders, reoffenders, reoffences, proportion) = (Col(OffendersColumn), Col(ReoffendersColumn), Col(ReoffencesColumn), Col(ProportionColumn));

        var records = new List<ReoffendingRecord>();
        var rejects = new List<ExtractReject>();
        var seen = new Dictionary<(DateOnly, int, string, ReoffendingOffenderType), long>();
        long dataRows = 0;
        foreach (var row in rows.Skip(headerIndex + 1))
        {
            if (row.IsBlank) continue;
            dataRows++;
            var problems = new List<ExtractReject>();
            ExtractReject Reject(string? column, string type, string reason) => new(file, sheet, row.Number, column, type, reason);

            var periodText = row.Cell(period);
            if (!CohortPeriod.TryParse(periodText, out var start, out var months))
                problems.Add(Reject(PeriodColumn, ExtractReject.UnknownPeriod, $"the cohort period is \"{periodText}\"; expected one such as \"Jan 2022 to Mar 2022\"."));
            var areaCode = row.Cell(code);
            if (areaCode.Length == 0)
                problems.Add(Reject(CodeColumn, ExtractReject.Missing, "the area code is empty, so the row cannot be joined to an area."));
            var kind = AreaTypeOf(areaType < 0 ? null : row.Cell(areaType), areaCode);
            if (kind is null)
                problems.Add(Reject(AreaTypeColumn, ExtractReject.UnknownCategory, $"the area type is \"{row.Cell(areaType)}\"; expected Local authority, County or England and Wales."));
            var type = offender < 0 ? ReoffendingOffenderType.All : OffenderTypeOf(row.Cell(offender));
            if (type is null)
                problems.Add(Reject(OffenderColumn, ExtractReject.UnknownCategory, $"the offender type is \"{row.Cell(offender)}\"; expected Adult, Juvenile or All."));
            var cohort = SheetHeader.Number(row, offenders, OffendersColumn, whole: true, problems, Reject);
            var reoffended = SheetHeader.Number(row, reoffenders, ReoffendersColumn, whole: true, problems, Reject);
            var offences = SheetHeader.Number(row, reoffences, ReoffencesColumn, whole: true, problems, Reject);
            var published = SheetHeader.Number(row, proportion, ProportionColumn, whole: false, problems, Reject);
            if (cohort is { } n && reoffended is { } k)
            {
                if (k > n)
                    problems.Add(Reject(ReoffendersColumn, ExtractReject.Inconsistent, $"{k:0} reoffenders is more than the {n:0} offenders in the cohort."));
                else if (published is { } p && n > 0 && Math.Abs(p - 100 * k / n) > ProportionTolerancePoints)
                    problems.Add(Reject(ProportionColumn, ExtractReject.Inconsistent, $"the published proportion {p}% is not {k:0} ÷ {n:0} = {100 * k / n:0.0}%."));
            }

            if (problems.Count == 0)
            {
                var key = (start, months, areaCode.ToUpperInvariant(), type!.Value);
                if (seen.TryGetValue(key, out var first))
                    problems.Add(Reject(PeriodColumn, ExtractReject.DuplicatePeriod, $"{periodText} already has a {type} row for {areaCode} at {(sheet is null ? "line" : "row")} {first}; the first is kept."));
                else
                    seen[key] = row.Number;
            }
            if (problems.Count > 0)
            {
                rejects.AddRange(problems);
                continue;
            }
            records.Add(new ReoffendingRecord(periodText, start, months, areaCode, name < 0 ? areaCode : row.Cell(name), kind!.Value, type!.Value,
                (long?)cohort, (long?)reoffended, (long?)offences, row.Number));
        }
        return new ReoffendingExtract(records, rejects, dataRows);
    }

    private static ReoffendingAreaType? AreaTypeOf(string? text, string code)
    {
        if (text is null)
        {
            return code.Equals("K04000001", StringComparison.OrdinalIgnoreCase) ? ReoffendingAreaType.EnglandAndWales
                : code.StartsWith("E10", StringComparison.OrdinalIgnoreCase) ? ReoffendingAreaType.County
                : ReoffendingAreaType.LocalAuthority;
        }
        return SheetHeader.Normalise(text) switch
        {
            "local authority" or "lower tier local authority" or "unitary authority" or "district" => ReoffendingAreaType.LocalAuthority,
            "county" or "upper tier local authority" => ReoffendingAreaType.County,
            "england and wales" or "national" => ReoffendingAreaType.EnglandAndWales,
            _ => null,
        };
    }

    private static ReoffendingOffenderType? OffenderTypeOf(string text) => SheetHeader.Normalise(text) switch
    {
        "adult" or "adults" => ReoffendingOffenderType.Adult,
        "juvenile" or "juveniles" => ReoffendingOffenderType.Juvenile,
        "all" or "all offenders" or "total" => ReoffendingOffenderType.All,
        _ => null,
    };
}
