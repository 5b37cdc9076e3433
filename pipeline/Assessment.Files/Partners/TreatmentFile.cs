using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Trends;

namespace Assessment.Files.Partners;

/// <summary>
/// Reads adult drug and alcohol treatment figures in the NDTMS/OHID shape (METHODS.md §4.4): one row per financial
/// year, area and substance group, with numbers in treatment, new presentations, successful completions and
/// re-presentations within six months. CSV, columns by name (aliases below, ignoring case, spaces, underscores and
/// hyphens).
/// </summary>
/// <remarks>
/// Required columns: period, area_code, substance_group, in_treatment, successful_completions; optional: area_name,
/// new_presentations, re_presentations. Suppressed values (<c>*</c>, <c>[c]</c>, <c>[x]</c>, <c>:</c>, <c>..</c>,
/// empty) read as missing, never zero. A record is refused, with file, line, column and reason, for a period not in the
/// form 2021-22 (or 2021/22), an empty area code, a substance group other than opiate, non-opiate, alcohol or
/// non-opiate and alcohol (NDTMS's "Non-opiate only" and "Alcohol only" are accepted), a count that is not a whole
/// number or is negative, completions above the number in treatment or re-presentations above completions, or a
/// second row for the same year, area and group.
/// </remarks>
public static partial class TreatmentFile
{
    private static readonly string[] PeriodColumn = ["period", "year", "financial_year"];
    private static readonly string[] CodeColumn = ["area_code", "Area Code"];
    private static readonly string[] NameColumn = ["area_name", "Area Name"];
    private static readonly string[] GroupColumn = ["substance_group", "substance", "drug_group"];
    private static readonly string[] InTreatmentColumn = ["in_treatment", "numbers_in_treatment", "number_in_treatment"];
    private static readonly string[] NewColumn = ["new_presentations", "new_presentations_to_treatment"];
    private static readonly string[] CompletionsColumn = ["successful_completions"];
    private static readonly string[] RePresentationsColumn = ["re_presentations", "representations"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <returns>Rows in file order, refused records and the number of records read.</returns>
    /// <exception cref="ConfigurationException">The file is missing, empty or malformed CSV, or lacks a required column (named).</exception>
    public static PartnerExtract<TreatmentRecord> Read(string path)
    {
        using var csv = CsvExtract.Open(path, "Treatment file");
        int Required(string[] names) => csv.Column(names) is var i and >= 0 ? i
            : throw new ConfigurationException($"{path}: no \"{names[0]}\" column; the treatment file needs period, area_code, substance_group, in_treatment and successful_completions. Columns are: {string.Join(", ", csv.Header)}.");
        var (period, code, group, inTreatment, completions) = (Required(PeriodColumn), Required(CodeColumn), Required(GroupColumn), Required(InTreatmentColumn), Required(CompletionsColumn));
        var (name, presentations, rePresentations) = (csv.Column(NameColumn), csv.Column(NewColumn), csv.Column(RePresentationsColumn));

        var records = new List<TreatmentRecord>();
        var rejects = new List<ExtractReject>();
        var seen = new Dictionary<(string, string, SubstanceGroup), long>();
        long dataRows = 0;
        while (csv.Read())
        {
            dataRows++;
            var line = csv.Line;
            var problems = new List<ExtractReject>();
            void Reject(int column, string type, string reason) => problems.Add(new ExtractReject(path, null, line, csv.Header[column], type, reason));
            long? Count(int column)
            {
                if (column < 0) return null;
                var text = csv.Field(column);
                if (MissingValue.Is(text)) return null;
                if (!long.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    Reject(column, ExtractReject.NotNumeric, $"\"{text}\" is not a whole number of people nor a missing-value marker (\"*\", \"[c]\", \"[x]\", \":\", \"..\").");
                    return null;
                }
                if (value < 0)
                {
                    Reject(column, ExtractReject.Negative, $"{text} is negative; a count of people cannot be.");
                    return null;
                }
                return value;
            }

            var year = csv.Field(period).Replace('/', '-');
            if (!IsFinancialYear(year))
                Reject(period, ExtractReject.UnknownPeriod, $"the period is \"{csv.Field(period)}\"; expected a financial year such as 2021-22.");
            var areaCode = csv.Field(code);
            if (areaCode.Length == 0) Reject(code, ExtractReject.Missing, "the area code is empty, so the row cannot be joined to an area.");
            var groupText = csv.Field(group);
            if (!SubstanceGroupNames.TryParse(groupText, out var substance))
                Reject(group, ExtractReject.UnknownCategory, $"\"{groupText}\" is not a substance group; expected opiate, non-opiate, alcohol or non-opiate and alcohol.");
            var (n, fresh, done, back) = (Count(inTreatment), Count(presentations), Count(completions), Count(rePresentations));
            if (done > n)
                Reject(completions, ExtractReject.Inconsistent, $"{done} successful completions is more than the {n} people in treatment.");
            if (fresh > n)
                Reject(presentations, ExtractReject.Inconsistent, $"{fresh} new presentations is more than the {n} people in treatment.");
            if (back > done)
                Reject(rePresentations, ExtractReject.Inconsistent, $"{back} re-presentations is more than the {done} successful completions they come from.");

            if (problems.Count == 0)
            {
                if (seen.TryGetValue((year, areaCode, substance), out var first))
                    Reject(period, ExtractReject.DuplicatePeriod, $"{year} already has a {substance.ToCode()} row for {areaCode} at line {first}; the first is kept.");
                else
                    seen[(year, areaCode, substance)] = line;
            }
            if (problems.Count > 0)
            {
                rejects.AddRange(problems);
                continue;
            }
            records.Add(new TreatmentRecord(year, areaCode, name < 0 ? areaCode : csv.Field(name), substance, n, fresh, done, back, line));
        }
        return new PartnerExtract<TreatmentRecord>(records, rejects, dataRows);
    }

    private static bool IsFinancialYear(string year)
    {
        var match = FinancialYear().Match(year);
        return match.Success && (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1) % 100 == int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex FinancialYear();
}
