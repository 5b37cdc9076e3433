using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Assessment.Cli.Tests;

/// <summary>
/// Counts read straight from police.uk street files, independently of the store: rows and in-area rows (LSOA name
/// starting with the area's prefix) per force and month, and in-area rows by crime type. Force and month come from the
/// file name (<c>2024-01-kent-street.csv</c>). A row that repeats an earlier row of its file field for field, with a
/// non-empty Crime ID, is counted once (the copies are in <see cref="IdenticalCopies"/>), as police.uk's published files
/// sometimes repeat a crime; ASB rows, which have no Crime ID, are separate incidents even when identical.
/// </summary>
internal sealed partial class PoliceUkTextCounts
{
    private readonly Dictionary<(string Force, string Month), (int Rows, int InArea)> cells = [];
    private readonly Dictionary<(string Force, string Month, string Type), int> byType = [];

    public PoliceUkTextCounts(string folder, string prefix)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*-street.csv", SearchOption.AllDirectories))
        {
            var name = FileName().Match(Path.GetFileName(path));
            var (month, force) = (name.Groups[1].Value, name.Groups[2].Value);
            using var reader = CsvReader.FromFile(path, new CsvReaderOptions { MalformedData = CsvMalformedDataHandling.Throw });
            var lsoaName = Array.IndexOf([.. reader.Headers], "LSOA name");
            var crimeType = Array.IndexOf([.. reader.Headers], "Crime type");
            var crimeId = Array.IndexOf([.. reader.Headers], "Crime ID");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var (rows, inArea) = (0, 0);
            while (reader.Read())
            {
                var fields = Enumerable.Range(0, reader.Headers.Count).Select(reader.GetString).ToArray();
                if (fields[crimeId].Length > 0 && !seen.Add(string.Join('\u0001', fields)))
                {
                    IdenticalCopies++;
                    continue;
                }

                rows++;
                if (!reader.GetString(lsoaName).StartsWith(prefix, StringComparison.Ordinal)) continue;
                inArea++;
                var key = (force, month, reader.GetString(crimeType));
                byType[key] = byType.GetValueOrDefault(key) + 1;
            }

            cells[(force, month)] = (rows, inArea);
        }
    }

    /// <summary>Rows left uncounted because they repeat an earlier crime row of their file field for field.</summary>
    public int IdenticalCopies { get; private set; }

    public IEnumerable<string> Forces => cells.Keys.Select(k => k.Force).Distinct().Order(StringComparer.Ordinal);

    public bool Has(string force, string month) => cells.ContainsKey((force, month));

    public (int Rows, int InArea) At(string force, string month) => cells[(force, month)];

    /// <summary>In-area rows of one force and month, of one crime type or (null) all.</summary>
    public int InArea(string force, string month, string? type = null) =>
        type is null ? cells.GetValueOrDefault((force, month)).InArea : byType.GetValueOrDefault((force, month, type));

    /// <summary>"2025-03" → "2024-03" for a shift of -12.</summary>
    public static string Shift(string month, int months) =>
        DateTime.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(months).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The months first … first + count − 1 as "yyyy-MM".</summary>
    public static IReadOnlyList<string> Months(string first, int count) => [.. Enumerable.Range(0, count).Select(i => Shift(first, i))];

    [GeneratedRegex(@"^(\d{4}-\d{2})-(.+)-street\.csv$")]
    private static partial Regex FileName();
}
