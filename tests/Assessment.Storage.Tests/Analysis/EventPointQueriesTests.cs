using System.Globalization;
using Assessment.Core.Model;
using Assessment.Storage.Analysis;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>The snap-point query on the real Canterbury sample, against groupings made from the CSV text.</summary>
public sealed class EventPointQueriesTests(HotspotSampleTests.SampleStore sample) : IClassFixture<HotspotSampleTests.SampleStore>
{
    [Fact]
    public void Load_CanterburySample_CountsPerMonthMatchTheCsvText()
    {
        var expected = sample.CsvRows.GroupBy(r => r[1]).ToDictionary(g => g.Key, g => (long)g.Count());

        var actual = EventPointQueries.Load(sample.Store).GroupBy(r => r.Month.ToString()).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));

        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
        Assert.Equal(22_847, actual.Values.Sum());
    }

    [Fact]
    public void Load_CanterburySample_OneRowPerSnapPointMonthTypeLocationAndLsoa()
    {
        var expected = sample.CsvRows
            .GroupBy(r => (Lon: Parse(r[4]), Lat: Parse(r[5]), Month: r[1], Type: r[9], Location: r[6], Lsoa: r[7]))
            .ToDictionary(g => g.Key, g => (long)g.Count());

        var actual = EventPointQueries.Load(sample.Store);

        Assert.Equal(expected.Count, actual.Count);
        Assert.All(actual, r => Assert.Equal(expected[(r.Longitude, r.Latitude, r.Month.ToString(), r.CrimeType, r.Location!, r.LsoaCode!)], r.Count));
        Assert.Equal(sample.CsvRows.Select(r => (Parse(r[4]), Parse(r[5]))).Distinct().Count(), actual.Select(r => (r.Longitude, r.Latitude)).Distinct().Count());
    }

    [Fact]
    public void Load_MonthRange_ReturnsOnlyThoseMonthsInclusive()
    {
        var range = new MonthRange(new YearMonth(2025, 3), new YearMonth(2025, 5));

        var actual = EventPointQueries.Load(sample.Store, range);

        Assert.Equal(["2025-03", "2025-04", "2025-05"], actual.Select(r => r.Month.ToString()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(sample.CsvRows.Count(r => r[1] is "2025-03" or "2025-04" or "2025-05"), actual.Sum(r => r.Count));
    }

    [Fact]
    public void LoadedMonths_CanterburySample_AreTheSixteenFileMonths()
    {
        var months = EventPointQueries.LoadedMonths(sample.Store);

        Assert.Equal(16, months.Count);
        Assert.Equal(new YearMonth(2024, 1), months[0]);
        Assert.Equal(new YearMonth(2025, 12), months[^1]);
        Assert.DoesNotContain(new YearMonth(2024, 5), months);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
