using System.Text.Json;
using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Spatial;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>
/// The whole orchestration on synthetic records against Fixtures/hotspots/make_fixtures.py (numpy and scikit-learn
/// on the raw records): grid counts, Gi* z-scores, DBSCAN cluster sizes and concentration. Records go in as
/// longitude/latitude, so the projection, the grouping by snap point and the weights are all on the path checked.
/// </summary>
public sealed class HotspotReferenceTests
{
    private const double ZTolerance = 1e-9;
    private const double GiniTolerance = 1e-12;
    private static readonly Lazy<(JsonElement Fixture, HotspotFindings Findings)> Run = new(RunFixture);

    [Fact]
    public void Run_SyntheticRecords_GridMatchesTheReferenceExtent()
    {
        var (fixture, findings) = Run.Value;
        var grid = fixture.GetProperty("grid");

        Assert.NotNull(findings.Grid);
        Assert.Equal(grid.GetProperty("origin_easting").GetDouble(), findings.Grid.OriginEasting);
        Assert.Equal(grid.GetProperty("origin_northing").GetDouble(), findings.Grid.OriginNorthing);
        Assert.Equal(grid.GetProperty("columns").GetInt32(), findings.Grid.Columns);
        Assert.Equal(grid.GetProperty("rows").GetInt32(), findings.Grid.Rows);
        Assert.Equal(fixture.GetProperty("places_with_records").GetInt32(), findings.SnapPointUnits);
    }

    [Theory]
    [InlineData("all", AnalysisGroup.AllCrimeName)]
    [InlineData("violence", "Violence")]
    public void Run_SyntheticRecords_CellCountsAndZScoresMatchNumpy(string key, string group)
    {
        var (fixture, findings) = Run.Value;
        var expected = fixture.GetProperty(key);
        var result = findings.Group(group);

        Assert.Equal(Doubles(expected, "cell_counts"), result.GiStar!.Cells.Select(c => c.Value));
        AssertClose(Doubles(expected, "cell_z"), result.GiStar.Cells.Select(c => c.ZScore).ToArray(), ZTolerance);
        Assert.Equal(0, result.EventsOutsideGrid);
    }

    [Theory]
    [InlineData("all", AnalysisGroup.AllCrimeName)]
    [InlineData("violence", "Violence")]
    public void Run_SampleShapedMonths_ChangeUsesTheMatchedMonthsAsNumpyDoes(string key, string group)
    {
        var (fixture, findings) = Run.Value;
        var expected = fixture.GetProperty(key);
        var change = findings.Group(group).Change!;

        Assert.Equal(Doubles(expected, "matched_comparison_cell_counts"), change.Comparison.Cells.Select(c => c.Value));
        Assert.Equal(Doubles(expected, "matched_current_cell_counts"), change.Current.Cells.Select(c => c.Value));
        AssertClose(Doubles(expected, "matched_comparison_z"), change.Comparison.Cells.Select(c => c.ZScore).ToArray(), ZTolerance);
        AssertClose(Doubles(expected, "matched_current_z"), change.Current.Cells.Select(c => c.ZScore).ToArray(), ZTolerance);
    }

    [Theory]
    [InlineData("all", AnalysisGroup.AllCrimeName)]
    [InlineData("violence", "Violence")]
    public void Run_SyntheticRecords_DbscanOnSnapPointsMatchesScikitLearnOnSingleEvents(string key, string group)
    {
        var (fixture, findings) = Run.Value;
        var expected = fixture.GetProperty(key).GetProperty("dbscan");
        var dbscan = findings.Group(group).Dbscan;

        Assert.Equal(Doubles(expected, "sizes"), dbscan.Clusters.Select(c => c.Summary.EventCount));
        Assert.Equal(expected.GetProperty("min_points").GetInt32(), dbscan.DbscanMinPoints);
        Assert.Contains($"minPts {expected.GetProperty("min_points").GetInt32()} events", HotspotWording.ClusterParameters(dbscan, findings.Options), StringComparison.Ordinal);
        Assert.Equal(expected.GetProperty("events").GetDouble() - Doubles(expected, "sizes").Sum(), dbscan.UnclusteredEvents);
    }

    [Theory]
    [InlineData("all", AnalysisGroup.AllCrimeName)]
    [InlineData("violence", "Violence")]
    public void Run_SyntheticRecords_ConcentrationOverSnapPointsAndLsoasMatchesNumpy(string key, string group)
    {
        var (fixture, findings) = Run.Value;
        var expected = fixture.GetProperty(key);
        var result = findings.Group(group);

        foreach (var (name, actual) in new[] { ("snap_points", result.SnapPointConcentration!), ("lsoas", result.LsoaConcentration!) })
        {
            var reference = expected.GetProperty(name);
            Assert.Equal(reference.GetProperty("units").GetInt32(), actual.Units);
            Assert.Equal(reference.GetProperty("total").GetDouble(), actual.Total);
            Assert.Equal(reference.GetProperty("gini").GetDouble(), actual.Gini, GiniTolerance);
            Assert.Equal(reference.GetProperty("generalised_gini").GetDouble(), actual.GeneralisedGini, GiniTolerance);
            Assert.Equal(reference.GetProperty("share_holding_half").GetDouble(), actual.UnitShareHolding50Percent, GiniTolerance);
        }
    }

    private static (JsonElement, HotspotFindings) RunFixture()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "hotspots", "hotspots.json");
        var fixture = JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        var places = fixture.GetProperty("places").EnumerateArray().Select(p => (E: p[0].GetDouble(), N: p[1].GetDouble())).ToArray();
        var records = fixture.GetProperty("records").EnumerateArray().Select(r =>
        {
            var place = places[r[0].GetInt32()];
            return HotspotTestData.Record(place.E, place.N, YearMonth.Parse(r[1].GetString()!), r[2].GetString()!, r[5].GetInt64(), r[3].GetString(), r[4].GetString());
        }).ToArray();
        // LSOA polygons only name the units here, so each covers every place and no point is far from its LSOA;
        // the last LSOA has no records and must still count.
        var lsoas = fixture.GetProperty("lsoas").EnumerateArray()
            .Select(code => HotspotTestData.Rectangle(599000, 149000, 607000, 155000, ("LSOA21CD", code.GetString()!)))
            .ToArray();
        var input = HotspotTestData.Input(records, null, HotspotTestData.ViolenceGroup) with { Boundaries = new HotspotBoundaries(null, lsoas, null) };
        return (fixture, HotspotAnalysis.Run(input));
    }

    private static double[] Doubles(JsonElement parent, string name) => parent.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"cell {i}: expected {expected[i]:R}, got {actual[i]:R} (tolerance {tolerance})");
    }
}
