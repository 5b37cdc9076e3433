using System.Globalization;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;

namespace Assessment.Files.Partners;

/// <summary>
/// Reads an OHID Fingertips indicator export as it is: the 26-column "download data" CSV shared by every indicator
/// (Indicator ID, Indicator Name, …, Area Code, Area Name, Area Type, Sex, Age, Category Type, Category, Time period,
/// Value, Lower/Upper CI 95.0 limit, Count, Denominator, Compared to England value or percentiles, Time period Sortable, …),
/// or a tidy extract of the same values (area_code, area_name, period, value, indicator, measure, unit, significance).
/// Columns are found by name (aliases below, ignoring case, spaces, underscores and hyphens), so either layout and
/// reordered vintages read the same. RFC 4180 quoting: the export's indicator names hold a line break inside quotes.
/// </summary>
/// <remarks>
/// Required: an area code, a period, a value and an indicator name or id. Empty, suppressed (<c>*</c>, <c>[c]</c>,
/// <c>[x]</c>, <c>:</c>, <c>..</c>) and R's <c>NA</c> values read as missing, never zero. A record is refused, with
/// file, line (where it starts), column and reason, for a number that is not a number or is negative, an empty area
/// code or period, a lower limit above the upper, or a second value for the same indicator, area, sex, age, category
/// and period.
/// </remarks>
public static class FingertipsFile
{
    private static readonly string[] IdColumn = ["Indicator ID"];
    private static readonly string[] NameColumn = ["Indicator Name", "indicator"];
    private static readonly string[] AreaCodeColumn = ["Area Code"];
    private static readonly string[] AreaNameColumn = ["Area Name"];
    private static readonly string[] AreaTypeColumn = ["Area Type"];
    private static readonly string[] SexColumn = ["Sex"];
    private static readonly string[] AgeColumn = ["Age"];
    private static readonly string[] CategoryTypeColumn = ["Category Type"];
    private static readonly string[] CategoryColumn = ["Category"];
    private static readonly string[] PeriodColumn = ["Time period", "period"];
    private static readonly string[] SortableColumn = ["Time period Sortable"];
    private static readonly string[] ValueColumn = ["Value"];
    private static readonly string[] LowerColumn = ["Lower CI 95.0 limit", "lower_ci95"];
    private static readonly string[] UpperColumn = ["Upper CI 95.0 limit", "upper_ci95"];
    private static readonly string[] CountColumn = ["Count"];
    private static readonly string[] DenominatorColumn = ["Denominator"];
    private static readonly string[] CompareColumn = ["Compared to England value or percentiles", "significance"];
    private static readonly string[] MeasureColumn = ["measure", "Value type"];
    private static readonly string[] NoteColumn = ["Value note"];

    /// <summary>Reads the export at <paramref name="path"/>.</summary>
    /// <returns>Area and category rows in file order (see <see cref="FingertipsRecord.IsAreaRow"/>), the refused records, and the number of records read.</returns>
    /// <exception cref="ConfigurationException">The file is missing, empty or malformed CSV (file and line named), or lacks
    /// an area code, period, value or indicator column (the missing column named).</exception>
    public static PartnerExtract<FingertipsRecord> Read(string path)
    {
        using var csv = CsvExtract.Open(path, "Fingertips export");
        var c = Columns.Find(csv);
        var records = new List<FingertipsRecord>();
        var rejects = new List<ExtractReject>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        long dataRows = 0;
        while (csv.Read())
        {
            dataRows++;
            var line = csv.Line;
            var problems = new List<ExtractReject>();
            void Reject(int column, string type, string reason) => problems.Add(new ExtractReject(path, null, line, column < 0 ? null : csv.Header[column], type, reason));
            string Text(int column) => column < 0 ? "" : csv.Field(column);
            string? Optional(int column) => Text(column) is { Length: > 0 } t ? t : null;
            double? Number(int column)
            {
                var text = Text(column);
                if (IsMissing(text)) return null;
                if (!double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    Reject(column, ExtractReject.NotNumeric, $"\"{text}\" is not a number nor a missing-value marker (empty, \"NA\", \"*\", \"[c]\", \"[x]\", \":\", \"..\").");
                    return null;
                }
                if (value < 0)
                {
                    Reject(column, ExtractReject.Negative, $"{text} is negative; rates, counts and denominators cannot be.");
                    return null;
                }
                return value;
            }

            var id = Optional(c.Id);
            var name = string.Join(' ', Text(c.Name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (name.Length == 0) name = id is null ? "" : $"Indicator {id}";
            if (name.Length == 0) Reject(c.Name >= 0 ? c.Name : c.Id, ExtractReject.Missing, "the indicator has neither a name nor an id.");
            var code = Text(c.AreaCode);
            if (code.Length == 0) Reject(c.AreaCode, ExtractReject.Missing, "the area code is empty, so the value cannot be joined to an area.");
            var period = Text(c.Period);
            if (period.Length == 0) Reject(c.Period, ExtractReject.UnknownPeriod, "the time period is empty.");
            long? sortable = null;
            if (c.Sortable >= 0 && Text(c.Sortable) is { Length: > 0 } s)
            {
                if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var sv)) sortable = sv;
                else Reject(c.Sortable, ExtractReject.NotNumeric, $"\"{s}\" is not a whole number such as 20150000.");
            }
            var value = Number(c.Value);
            var lower = Number(c.Lower);
            var upper = Number(c.Upper);
            var count = Number(c.Count);
            var denominator = Number(c.Denominator);
            if (lower is { } lo && upper is { } hi && lo > hi)
                Reject(c.Lower, ExtractReject.Inconsistent, $"the lower 95% limit {lo.ToString(CultureInfo.InvariantCulture)} is above the upper {hi.ToString(CultureInfo.InvariantCulture)}.");

            var record = new FingertipsRecord(id, name, code, Text(c.AreaName), Optional(c.AreaType), Optional(c.Sex), Optional(c.Age),
                Optional(c.CategoryType), Optional(c.Category), period, sortable, value, lower, upper, count, denominator,
                Optional(c.Compare), Optional(c.Measure), Optional(c.Note), line);
            if (problems.Count == 0)
            {
                var key = string.Join('\u001f', id ?? name, code, record.Sex, record.Age, record.CategoryType, record.Category, period);
                if (seen.TryGetValue(key, out var first))
                    Reject(c.Period, ExtractReject.DuplicatePeriod, $"{period} already has a value for {code}{(record.Category is null ? "" : $" ({record.Category})")} at line {first}; the first is kept.");
                else
                    seen[key] = line;
            }
            if (problems.Count > 0)
            {
                rejects.AddRange(problems);
                continue;
            }
            records.Add(record);
        }
        return new PartnerExtract<FingertipsRecord>(records, rejects, dataRows);
    }

    // R (fingertipsR, readr) writes NA for a missing value.
    private static bool IsMissing(string text) => MissingValue.Is(text) || text.Equals("NA", StringComparison.OrdinalIgnoreCase);

    private sealed record Columns(int Id, int Name, int AreaCode, int AreaName, int AreaType, int Sex, int Age, int CategoryType, int Category,
        int Period, int Sortable, int Value, int Lower, int Upper, int Count, int Denominator, int Compare, int Measure, int Note)
    {
        public static Columns Find(CsvExtract csv)
        {
            var columns = new Columns(csv.Column(IdColumn), csv.Column(NameColumn), Required(csv, AreaCodeColumn), csv.Column(AreaNameColumn),
                csv.Column(AreaTypeColumn), csv.Column(SexColumn), csv.Column(AgeColumn), csv.Column(CategoryTypeColumn), csv.Column(CategoryColumn),
                Required(csv, PeriodColumn), csv.Column(SortableColumn), Required(csv, ValueColumn), csv.Column(LowerColumn), csv.Column(UpperColumn),
                csv.Column(CountColumn), csv.Column(DenominatorColumn), csv.Column(CompareColumn), csv.Column(MeasureColumn), csv.Column(NoteColumn));
            if (columns.Id < 0 && columns.Name < 0)
                throw new ConfigurationException($"{csv.Path}: no \"{NameColumn[0]}\" or \"{IdColumn[0]}\" column (nor \"indicator\"); is this a Fingertips export? Columns are: {string.Join(", ", csv.Header)}.");
            return columns;
        }

        private static int Required(CsvExtract csv, string[] names)
        {
            var index = csv.Column(names);
            return index >= 0 ? index
                : throw new ConfigurationException($"{csv.Path}: no \"{names[0]}\" column{(names.Length > 1 ? $" (nor {string.Join(", ", names.Skip(1).Select(n => $"\"{n}\""))})" : "")}; is this a Fingertips export? Columns are: {string.Join(", ", csv.Header)}.");
        }
    }
}
