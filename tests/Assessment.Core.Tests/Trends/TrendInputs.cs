using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Trends;
using Assessment.Files.Trends;

namespace Assessment.Core.Tests.Trends;

/// <summary>Builds trend inputs for tests: counts per crime type per month, every listed month loaded.</summary>
internal static class TrendInputs
{
    /// <summary>One loaded file per month in <paramref name="loaded"/>; counts of zero are left out, as the store leaves them out.</summary>
    public static TrendInput Build(YearMonth endMonth, int periodMonths, IEnumerable<YearMonth> loaded, IReadOnlyDictionary<string, IReadOnlyDictionary<YearMonth, long>> counts)
    {
        var months = loaded.ToList();
        var rows = counts.SelectMany(type => type.Value.Where(c => c.Value > 0).Select(c => new MonthlyCount("Test", c.Key, type.Key, c.Value))).ToList();
        var files = months.Select(m => new FileQuality($"{m}/{m}-kent-street.csv", "kent", m,
            rows.Where(r => r.Month == m).Sum(r => r.Count) + 10, rows.Where(r => r.Month == m).Sum(r => r.Count) + 10, 0, 10, 0, 0)).ToList();
        return new TrendInput("Test", new AssessmentPeriod(endMonth, periodMonths), rows, files) { HarmWeights = HarmWeightFile.Default, Themes = SampleThemes.All };
    }

    /// <summary>Consecutive months from <paramref name="first"/>.</summary>
    public static IReadOnlyList<YearMonth> Months(YearMonth first, int count) => [.. Enumerable.Range(0, count).Select(first.AddMonths)];

    /// <summary>A series from an array of counts starting at <paramref name="first"/>.</summary>
    public static IReadOnlyDictionary<YearMonth, long> Series(YearMonth first, params long[] counts) =>
        counts.Select((c, i) => (Month: first.AddMonths(i), Count: c)).ToDictionary(p => p.Month, p => p.Count);
}
