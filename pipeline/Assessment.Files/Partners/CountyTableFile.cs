using System.Globalization;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;

namespace Assessment.Files.Partners;

/// <summary>
/// Reads a wide table of one figure by year and county or unitary authority, as compiled from ONS and NHS Digital
/// releases (deaths related to drug misuse, hospital admissions for drug misuse, mid-year population): a first column
/// "year", then one column per area named in the header. Integers and decimals ("43.0") both read; blank cells and
/// suppressed markers are missing.
/// </summary>
/// <remarks>
/// A year row is refused, with file, line, column and reason, when its year is not a whole number between 1900 and
/// 2100, a value is not a number or is negative, or the year appears twice.
/// </remarks>
public static class CountyTableFile
{
    private const string YearColumn = "year";

    /// <summary>Reads the CSV at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">The file is missing or malformed, its first column is not "year", or an area is named twice in the header (file named).</exception>
    public static CountyMeasureExtract Read(string path) => Parse(path, SheetSource.Csv(path));

    internal static CountyMeasureExtract Parse(string file, IReadOnlyList<SheetRow> rows)
    {
        if (rows.Count == 0 || SheetHeader.Normalise(rows[0].Cell(0)) != YearColumn)
            throw new ConfigurationException($"{file}: the first column is not \"{YearColumn}\"; expected a table with one row per year and one column per county or unitary authority.");
        var header = rows[0];
        var areas = Enumerable.Range(1, header.Cells.Count - 1).Where(i => header.Cell(i).Length > 0).Select(i => (Index: i, Name: header.Cell(i))).ToList();
        if (areas.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ConfigurationException($"{file}: the area \"{twice.Key}\" has {twice.Count()} columns; each area must have one.");

        var records = new List<CountyMeasureRecord>();
        var rejects = new List<ExtractReject>();
        var seen = new Dictionary<int, long>();
        long dataRows = 0;
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            dataRows++;
            var problems = new List<ExtractReject>();
            ExtractReject Reject(string? column, string type, string reason) => new(file, null, row.Number, column, type, reason);
            var yearText = row.Cell(0);
            var isYear = double.TryParse(yearText, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && y == Math.Floor(y) && y is >= 1900 and <= 2100;
            if (!isYear) problems.Add(Reject(YearColumn, ExtractReject.UnknownPeriod, $"the year is \"{yearText}\"; expected a year such as 2018."));
            var values = areas.Select(a => (a.Name, Value: SheetHeader.Number(row, a.Index, a.Name, whole: false, problems, Reject))).ToList();
            var year = isYear ? (int)y : 0;
            if (problems.Count == 0)
            {
                if (seen.TryGetValue(year, out var first))
                    problems.Add(Reject(YearColumn, ExtractReject.DuplicatePeriod, $"{year} already has a row at line {first}; the first is kept."));
                else
                    seen[year] = row.Number;
            }
            if (problems.Count > 0)
            {
                rejects.AddRange(problems);
                continue;
            }
            records.AddRange(values.Select(v => new CountyMeasureRecord(year, v.Name, v.Value, row.Number)));
        }
        return new CountyMeasureExtract(records, rejects, dataRows);
    }
}
