using Assessment.Core.Model;
using Assessment.Storage.Analysis;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>Counts by LSOA and crime type on the real Canterbury sample, against groupings made from the CSV text.</summary>
public sealed class ProfileQueriesTests(HotspotSampleTests.SampleStore sample) : IClassFixture<HotspotSampleTests.SampleStore>
{
    [Fact]
    public void CountsByLsoa_Year2025_MatchesTheCsvTextByLsoaAndType()
    {
        var year = new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 12));
        var expected = sample.CsvRows.Where(r => r[1].StartsWith("2025-", StringComparison.Ordinal) && r[7].Length > 0)
            .GroupBy(r => (Lsoa: r[7], Name: r[8], Type: r[9]))
            .ToDictionary(g => g.Key, g => (long)g.Count());

        var actual = ProfileQueries.CountsByLsoa(sample.Store, year);

        Assert.Equal(expected.Count, actual.Count);
        Assert.All(actual, r => Assert.Equal(expected[(r.LsoaCode, r.LsoaName, r.CrimeType)], r.Count));
        Assert.Equal(actual.OrderBy(r => r.LsoaCode, StringComparer.Ordinal).ThenBy(r => r.CrimeType, StringComparer.Ordinal).ToList(), actual);
    }
}
