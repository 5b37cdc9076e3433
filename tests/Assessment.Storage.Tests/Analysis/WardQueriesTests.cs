using Assessment.Core.Geography;
using Assessment.Core.Model;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;
using NetTopologySuite.Geometries;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>
/// Ward placement on the real Canterbury sample, checked against an independent count: every CSV row's point tested
/// against every ward polygon with NetTopologySuite directly (no spatial index, no prepared geometry, no database).
/// </summary>
public sealed class WardQueriesTests(WardSampleStore sample) : IClassFixture<WardSampleStore>
{
    private static Dictionary<string, long> IndependentWardTotals(out long unassigned)
    {
        var features = BoundaryFile.Read(WardSampleStore.WardFile);
        var factory = new GeometryFactory();
        var cache = new Dictionary<(string, string), string?>();
        var totals = features.ToDictionary(f => f.Property("WD25CD")!, _ => 0L);
        unassigned = 0;
        foreach (var row in IndependentCount.StreetFiles(WardSampleStore.Folder).SelectMany(IndependentCount.Rows))
        {
            if (!row[8].StartsWith("Canterbury ", StringComparison.Ordinal) || row[4].Length == 0) continue;
            if (!cache.TryGetValue((row[4], row[5]), out var code))
            {
                var point = factory.CreatePoint(new Coordinate(double.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture)));
                code = features.Where(f => f.Geometry.Covers(point)).Select(f => f.Property("WD25CD")).Order(StringComparer.Ordinal).FirstOrDefault();
                cache[(row[4], row[5])] = code;
            }

            if (code is null) unassigned++;
            else totals[code]++;
        }

        return totals;
    }

    [Fact]
    public void CountsByWard_Sample_TotalsPerWardEqualTheIndependentPointInPolygonCount()
    {
        var expected = IndependentWardTotals(out var unassigned);

        var actual = sample.Wards.Counts.Where(c => c.WardCode is not null).GroupBy(c => c.WardCode!).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

        foreach (var (code, total) in expected) Assert.Equal(total, actual.GetValueOrDefault(code));
        Assert.Equal(unassigned, sample.Wards.UnassignedRecords);
        Assert.Equal(22_847, sample.Wards.AssignedRecords + sample.Wards.UnassignedRecords);
        Assert.Equal(21, sample.Wards.Wards.Count);
    }

    [Fact]
    public void CountsByWard_Sample_MonthAndTypeTotalsMatchTheAreaCounts()
    {
        var area = new StoreQueries(sample.Store).CountsByMonth("Canterbury");

        var byWards = sample.Wards.Counts.GroupBy(c => (c.Month, c.CrimeType)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

        Assert.Equal(area.Count, byWards.Count);
        Assert.All(area, c => Assert.Equal(c.Count, byWards[(c.Month, c.CrimeType)]));
    }

    [Fact]
    public void CountsByWard_Sample_CountsDistinctPointsAsTheCsvHasThem()
    {
        var points = IndependentCount.StreetFiles(WardSampleStore.Folder).SelectMany(IndependentCount.Rows)
            .Where(r => r[8].StartsWith("Canterbury ", StringComparison.Ordinal) && r[4].Length > 0)
            .Select(r => (double.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture), double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct().Count();

        Assert.Equal(points, sample.Wards.DistinctPoints);
    }

    [Fact]
    public void LsoaByMonth_Sample_SumsToTheLocatedRowsAndListsTheNinetyTwoLsoas()
    {
        var rows = new WardQueries(sample.Store).LsoaByMonth();

        Assert.Equal(22_847, rows.Sum(r => r.Records));
        Assert.Equal(92, rows.Select(r => r.LsoaCode).Distinct().Count());
        Assert.Equal(16, rows.Select(r => r.Month).Distinct().Count());
        Assert.All(rows, r => Assert.StartsWith("Canterbury ", r.LsoaName, StringComparison.Ordinal));
        Assert.Equal(92, new WardQueries(sample.Store).InAreaLsoaCodes().Count);
        Assert.Equal(new YearMonth(2024, 1), rows[0].Month);
    }
}
