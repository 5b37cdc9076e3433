using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;

namespace Assessment.Files.Partners;

/// <summary>
/// Reads a Home Office table of drug seizures ("SeizuresYY-YY.csv": number of seizures) or quantities seized
/// ("QuantitiesYY-YY.csv") by police force for one financial year, as compiled to CSV: one row per force, one column
/// per drug. The year comes from the file name. Headers are read by name with embedded line breaks as spaces, so the
/// column set may change between years (Ketamine moving class, "Mephedrone (non-injection)" added); a UTF-8 BOM is
/// ignored; force names keep their spelling as given and are cleaned by <see cref="PoliceForceName.Clean"/>.
/// </summary>
/// <remarks>
/// A row is refused, with file, line, column and reason, for an empty force name, a value that is not a number nor
/// blank or a suppressed marker, a negative value, or a second row for the same force.
/// </remarks>
public static partial class DrugSeizureFile
{
    private const string ForceColumn = "Police force";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">The file is missing or malformed, its name holds no financial year
    /// ("Seizures18-19.csv"), or its first row has no "Police force" column (file named).</exception>
    public static DrugSeizureExtract Read(string path)
    {
        var (measure, year) = Identify(path);
        return Parse(path, measure, year, SheetSource.Csv(path));
    }

    /// <summary>The measure and financial year the file's name gives: "Quantities17-18.csv" → (Quantity, "2017-18").</summary>
    /// <exception cref="ConfigurationException">The name does not end in a financial year such as 18-19.</exception>
    public static (DrugSeizureMeasure Measure, string Year) Identify(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var match = YearInName().Match(name);
        if (!match.Success || (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1) % 100 != int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            throw new ConfigurationException($"{path}: the file name holds no financial year; name it as published, e.g. Seizures18-19.csv or Quantities18-19.csv.");
        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var year = FormattableString.Invariant($"{(first < 50 ? 2000 + first : 1900 + first)}-{match.Groups[2].Value}");
        var measure = name.StartsWith("Quantit", StringComparison.OrdinalIgnoreCase) ? DrugSeizureMeasure.Quantity : DrugSeizureMeasure.Seizures;
        return (measure, year);
    }

    /// <summary>The financial year's first day (1 April), the key of the year's file in the store: "2018-19" → 2018-04-01.</summary>
    public static DateOnly YearStart(string year) => new(int.Parse(year[..4], CultureInfo.InvariantCulture), 4, 1);

    internal static DrugSeizureExtract Parse(string file, DrugSeizureMeasure measure, string year, IReadOnlyList<SheetRow> rows)
    {
        if (rows.Count == 0 || SheetHeader.IndexOf(rows[0], ForceColumn) is not (var force and >= 0))
            throw new ConfigurationException($"{file}: the first row has no \"{ForceColumn}\" column; is this a Home Office seizures table by police force?");
        var header = rows[0];
        var drugs = Enumerable.Range(0, header.Cells.Count)
            .Where(i => i != force && header.Cell(i).Length > 0)
            .Select(i => (Index: i, Name: string.Join(' ', header.Cells[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            .ToList();

        var records = new List<DrugSeizureRecord>();
        var rejects = new List<ExtractReject>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        long dataRows = 0;
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            dataRows++;
            var problems = new List<ExtractReject>();
            ExtractReject Reject(string? column, string type, string reason) => new(file, null, row.Number, column, type, reason);
            var raw = force < row.Cells.Count ? row.Cells[force] : "";
            var clean = PoliceForceName.Clean(raw);
            if (clean.Length == 0) problems.Add(Reject(ForceColumn, ExtractReject.Missing, "the police force is empty."));
            var values = drugs.Select(d => (d.Name, Value: SheetHeader.Number(row, d.Index, d.Name, whole: false, problems, Reject))).ToList();
            if (problems.Count == 0)
            {
                if (seen.TryGetValue(PoliceForceName.Key(clean), out var first))
                    problems.Add(Reject(ForceColumn, ExtractReject.DuplicatePeriod, $"{year} already has a row for {clean} at line {first}; the first is kept."));
                else
                    seen[PoliceForceName.Key(clean)] = row.Number;
            }
            if (problems.Count > 0)
            {
                rejects.AddRange(problems);
                continue;
            }
            records.AddRange(values.Select(v => new DrugSeizureRecord(year, raw, clean, v.Name, v.Value, row.Number)));
        }
        return new DrugSeizureExtract(measure, year, records, rejects, dataRows);
    }

    [GeneratedRegex(@"(\d{2})-(\d{2})$")]
    private static partial Regex YearInName();
}
