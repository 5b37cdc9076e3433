using Assessment.Core.Model;

namespace Assessment.Core.Tests.Trends;

/// <summary>
/// Counts of the Canterbury sample read straight from data-samples/policeuk (police.uk files have no quoted fields),
/// area = LSOA name starting "Canterbury ", as the sample configuration says.
/// </summary>
internal static class SampleCounts
{
    public static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);

    /// <summary>Counts by month and crime type, and one file-quality row per file. <paramref name="keep"/> decides row by row what is kept.</summary>
    public static (IReadOnlyList<MonthlyCount> Counts, IReadOnlyList<FileQuality> Files) Read(Func<YearMonth, int, bool>? keep = null)
    {
        var counts = new Dictionary<(YearMonth, string), long>();
        var files = new List<FileQuality>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.DataSamples, "policeuk"), "*-street.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var month = YearMonth.Parse(Path.GetFileName(path)[..7]);
            var index = 0;
            long kept = 0;
            foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0))
            {
                var fields = line.Split(',');
                if (!fields[8].StartsWith("Canterbury ", StringComparison.Ordinal)) continue;
                if (keep is not null && !keep(month, index++)) continue;
                kept++;
                counts[(month, fields[9])] = counts.GetValueOrDefault((month, fields[9])) + 1;
            }

            files.Add(new FileQuality(Path.GetFileName(path), "kent", month, kept, kept, 0, 0, 0, 0));
        }

        return ([.. counts.Select(c => new MonthlyCount("Canterbury", c.Key.Item1, c.Key.Item2, c.Value))], files);
    }
}
