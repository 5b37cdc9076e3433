using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;

namespace Assessment.Files.Partners;

/// <summary>
/// Reads a council anti-social behaviour case log (docs/data-formats.md, "Council ASB case log"): a CSV, or an xlsx
/// workbook's sheet <see cref="Sheet"/>. The header row is found by its column names (title rows above it are
/// skipped) and columns are read by name in any order. One row is one case.
/// </summary>
/// <remarks>
/// Required columns: case_reference, date_reported (YYYY-MM-DD, DD/MM/YYYY, or YYYY-MM when only the month is
/// recorded), category, agency, status; optional: ward_code, ward_name, lsoa_code, latitude and longitude (WGS84),
/// easting and northing (British National Grid). Category, agency and status must be in
/// <see cref="AsbCaseVocabularies"/> (case, spaces and hyphens ignored, aliases accepted). Suppressed markers
/// (":", "*", "[c]", "[x]", "..") read as missing: an optional value is then absent, a required one refuses the row.
/// A row is refused, with file, line (or sheet row), column and reason, for: a required value missing; a date that
/// is not a date; a value outside the lists; a malformed ward or LSOA code; a coordinate that is not a number, is
/// outside Great Britain or lacks its other half; or a case reference already used on an earlier row.
/// </remarks>
public static partial class AsbCaseFile
{
    /// <summary>The worksheet read from a workbook.</summary>
    public const string Sheet = "Cases";

    private const string ReferenceColumn = "case_reference";
    private const string DateColumn = "date_reported";
    private const string CategoryColumn = "category";
    private const string WardCodeColumn = "ward_code";
    private const string WardNameColumn = "ward_name";
    private const string LsoaColumn = "lsoa_code";
    private const string LatitudeColumn = "latitude";
    private const string LongitudeColumn = "longitude";
    private const string EastingColumn = "easting";
    private const string NorthingColumn = "northing";
    private const string AgencyColumn = "agency";
    private const string StatusColumn = "status";

    private static readonly string[] Required = [ReferenceColumn, DateColumn, CategoryColumn, AgencyColumn, StatusColumn];

    // "MM/dd/yyyy HH:mm:ss" is how a workbook's date cell reaches the parser (invariant culture); a CSV date is ISO or UK.
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy", "d/M/yyyy", "MM/dd/yyyy HH:mm:ss"];

    /// <summary>Reads the log at <paramref name="path"/>: an .xlsx workbook (sheet <see cref="Sheet"/>) or otherwise a CSV.</summary>
    /// <exception cref="ConfigurationException">The file is missing or unreadable, has no such sheet, or no header row with
    /// the required columns within its first 30 rows (file, sheet and the missing columns named).</exception>
    public static AsbCaseExtract Read(string path)
    {
        var workbook = SheetSource.IsWorkbook(path);
        return Parse(path, workbook ? Sheet : null, workbook ? SheetSource.Workbook(path, Sheet) : SheetSource.Csv(path));
    }

    /// <summary>The sheet <see cref="Read"/> reads from <paramref name="path"/>: <see cref="Sheet"/> for a workbook, null for a CSV.</summary>
    public static string? SheetOf(string path) => SheetSource.IsWorkbook(path) ? Sheet : null;

    internal static AsbCaseExtract Parse(string file, string? sheet, IReadOnlyList<SheetRow> rows)
    {
        var headerIndex = SheetHeader.Find(rows, Required, file, sheet, "is this a council ASB case log (docs/data-formats.md)?");
        var header = rows[headerIndex];
        int Column(string name) => SheetHeader.IndexOf(header, name);
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var lineWord = sheet is null ? "line" : "row";
        var (cases, rejects, dataRows) = SheetRecords.Read(rows, headerIndex, file, sheet, (row, problems, rejecter) =>
        {
            void Reject(string column, string type, string reason) => problems.Add(rejecter(column, type, reason));
            string? Text(string column) => Column(column) is var i and >= 0 && !MissingValue.Is(row.Cell(i)) ? row.Cell(i) : null;
            string? RequiredText(string column)
            {
                var text = Text(column);
                if (text is null) Reject(column, ExtractReject.Missing, $"{column} is empty or suppressed (\"{row.Cell(Column(column))}\"); every case needs one.");
                return text;
            }
            string? Allowed(string column, Vocabulary vocabulary, bool named)
            {
                var text = RequiredText(column);
                if (text is null) return null;
                var value = named ? vocabulary.ResolveNamed(text) : vocabulary.Resolve(text);
                if (value is null) Reject(column, ExtractReject.UnknownCategory, $"\"{text}\" is not a known {vocabulary.What}; allowed: {vocabulary.Listed} (or an alias listed in docs/data-formats.md).");
                return value;
            }

            var reference = RequiredText(ReferenceColumn);
            var date = RequiredText(DateColumn);
            var (month, day) = date is null ? (default(YearMonth?), default(DateOnly?)) : ParseDate(date);
            if (date is not null && month is null)
                Reject(DateColumn, ExtractReject.UnknownPeriod, $"\"{date}\" is not a date; expected YYYY-MM-DD, DD/MM/YYYY or YYYY-MM.");
            var category = Allowed(CategoryColumn, AsbCaseVocabularies.Categories, named: false);
            var agency = Allowed(AgencyColumn, AsbCaseVocabularies.Agencies, named: true);
            var status = Allowed(StatusColumn, AsbCaseVocabularies.Statuses, named: false);
            var wardCode = Coded(Text(WardCodeColumn), WardCode(), WardCodeColumn, "an ONS ward code (E05 and six digits)", Reject);
            var lsoa = Coded(Text(LsoaColumn), LsoaCode(), LsoaColumn, "an LSOA code (E01 or W01 and six digits)", Reject);
            var (latitude, longitude) = Pair(Text(LatitudeColumn), Text(LongitudeColumn), LatitudeColumn, LongitudeColumn, (49.8, 60.9), (-8.7, 1.8), "Great Britain (WGS84 degrees)", Reject);
            var (easting, northing) = Pair(Text(EastingColumn), Text(NorthingColumn), EastingColumn, NorthingColumn, (0, 700_000), (0, 1_300_000), "the British National Grid (metres)", Reject);

            if (problems.Count == 0 && reference is not null)
            {
                if (seen.TryGetValue(reference, out var firstLine))
                    Reject(ReferenceColumn, ExtractReject.DuplicateKey, $"case {reference} is already on {lineWord} {firstLine}; a case is one row, so the first is kept.");
                else
                    seen[reference] = row.Number;
            }
            return problems.Count > 0 ? null! : new AsbCase(reference!, month!.Value, day, category!, wardCode, Text(WardNameColumn), lsoa, latitude, longitude, easting, northing, agency!, status!, row.Number);
        });
        return new AsbCaseExtract(cases, rejects, dataRows);
    }

    private static (YearMonth? Month, DateOnly? Day) ParseDate(string text)
    {
        if (DateTime.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (YearMonth.FromDate(DateOnly.FromDateTime(day)), DateOnly.FromDateTime(day));
        if (MonthOnly().IsMatch(text) && YearMonth.TryParse(text, out var month)) return (month, null);
        return (null, null);
    }

    private static string? Coded(string? text, Regex pattern, string column, string expected, Action<string, string, string> reject)
    {
        if (text is null || pattern.IsMatch(text)) return text?.ToUpperInvariant();
        reject(column, ExtractReject.OutOfRange, $"\"{text}\" is not {expected}.");
        return null;
    }

    private static (double? First, double? Second) Pair(string? firstText, string? secondText, string firstColumn, string secondColumn,
        (double Min, double Max) firstRange, (double Min, double Max) secondRange, string where, Action<string, string, string> reject)
    {
        var first = Number(firstText, firstColumn, firstRange, where, reject);
        var second = Number(secondText, secondColumn, secondRange, where, reject);
        if ((firstText is null) == (secondText is null)) return (first, second);
        var (given, missing) = firstText is null ? (secondColumn, firstColumn) : (firstColumn, secondColumn);
        reject(missing, ExtractReject.OutOfRange, $"{given} is given without {missing}; give both or neither.");
        return (null, null);
    }

    private static double? Number(string? text, string column, (double Min, double Max) range, string where, Action<string, string, string> reject)
    {
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            reject(column, ExtractReject.NotNumeric, $"\"{text}\" is not a number.");
            return null;
        }
        if (value < range.Min || value > range.Max)
        {
            reject(column, value < 0 && range.Min >= 0 ? ExtractReject.Negative : ExtractReject.OutOfRange,
                FormattableString.Invariant($"{text} is outside {where}: expected {range.Min} to {range.Max}."));
            return null;
        }
        return value;
    }

    [GeneratedRegex(@"^E05\d{6}$", RegexOptions.IgnoreCase)]
    private static partial Regex WardCode();

    [GeneratedRegex(@"^[EW]01\d{6}$", RegexOptions.IgnoreCase)]
    private static partial Regex LsoaCode();

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex MonthOnly();
}
