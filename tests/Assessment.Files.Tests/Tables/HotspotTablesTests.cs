using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Spatial;
using Assessment.Files.Tables;

namespace Assessment.Files.Tests.Tables;

/// <summary>tables/hotspots.csv, gistar.csv and concentration.csv written from a synthetic town's findings.</summary>
public sealed class HotspotTablesTests
{
    private static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);
    private static readonly YearMonth[] SampleMonths = [.. Enumerable.Range(1, 4).Select(m => new YearMonth(2024, m)), .. Enumerable.Range(1, 12).Select(m => new YearMonth(2025, m))];
    private static readonly AnalysisGroup Violence = new("Violence", ["Violence and sexual offences"]);
    private static readonly AnalysisGroup KeyedViolence = new("Night-time economy and violence", ["Violence and sexual offences"]) { Key = "night-time-economy" };
    private static readonly AnalysisGroup Burglary = new("Burglary", ["Burglary"]);

    [Fact]
    public void Write_TownFindings_WritesTheFourTablesWithTheContractColumns()
    {
        using var folder = new TemporaryDirectory();

        var paths = HotspotTables.Write(folder.Path, Analyse(SampleMonths));

        Assert.Equal(["hotspots.csv", "gistar.csv", "concentration.csv", "points_left_out.csv"], paths.Select(Path.GetFileName));
        Assert.All(paths, p => Assert.Equal(Path.Combine(folder.Path, "tables"), Path.GetDirectoryName(p)));
        Assert.Equal(string.Join(",", HotspotTables.ClusterColumns), File.ReadLines(paths[0]).First());
        Assert.Equal(string.Join(",", HotspotTables.GiStarColumns), File.ReadLines(paths[1]).First());
        Assert.Equal(string.Join(",", HotspotTables.ConcentrationColumns), File.ReadLines(paths[2]).First());
        Assert.Equal(string.Join(",", HotspotTables.PointsLeftOutColumns), File.ReadLines(paths[3]).First());
        Assert.Equal(["cluster_id", "method", "theme", "count", "share", "centroid_longitude", "centroid_latitude", "centroid_easting", "centroid_northing", "top_location", "top_crime_type", "change"],
            HotspotTables.ClusterColumns.Take(12));
        Assert.Equal(["cell_id", "easting", "northing", "count", "z", "p", "q", "band", "class", "change", "theme_label", "p_sim", "inference"], HotspotTables.GiStarColumns.Skip(1));
    }

    [Theory]
    [InlineData(true, "permutation")]
    [InlineData(false, "normal")]
    public void Write_GiStar_PSimBesideNormalP_QFromTheInferenceNamed(bool permutation, string inference)
    {
        using var folder = new TemporaryDirectory();
        var findings = Analyse(SampleMonths, permutation: permutation);

        var rows = Rows(HotspotTables.Write(folder.Path, findings)[1]).Where(r => r["theme"] == "Violence").ToArray();

        static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(rows, r => Assert.Equal(inference, r["inference"]));
        Assert.All(rows, r => Assert.InRange(Number(r["p_sim"]), 1e-9, 1));
        var gi = findings.Group("Violence").GiStar!;
        Assert.Equal(gi.Cells.Select(c => c.PValue), rows.Select(r => Number(r["p"])));
        Assert.Equal(gi.Cells.Select(c => c.PSim!.Value), rows.Select(r => Number(r["p_sim"])));
        var source = rows.Select(r => permutation ? Math.Min(1, 2 * Number(r["p_sim"])) : Number(r["p"])).ToArray();
        Assert.Equal(Adjusted(source), rows.Select(r => Number(r["q"])).ToArray(), (a, b) => Math.Abs(a - b) <= 1e-12 * Math.Max(1, a));
    }

    // Benjamini–Hochberg from its definition: q of the k-th smallest p is the least p(j)·m/j over j ≥ k, at most 1.
    private static double[] Adjusted(double[] p)
    {
        var m = p.Length;
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ToArray();
        var q = new double[m];
        var running = 1.0;
        for (var k = m - 1; k >= 0; k--)
        {
            running = Math.Min(running, p[order[k]] * m / (k + 1));
            q[order[k]] = running;
        }
        return q;
    }

    [Fact]
    public void Write_TownFindings_GiStarHasEveryCellOfEveryGroupWithEvents()
    {
        using var folder = new TemporaryDirectory();
        var findings = Analyse(SampleMonths);

        var rows = Rows(HotspotTables.Write(folder.Path, findings)[1]);

        var cells = findings.Grid!.Cells.Count;
        Assert.Equal(2 * cells, rows.Count); // all crime and violence; burglary has no events
        foreach (var theme in new[] { AnalysisGroup.AllCrimeName, "Violence" })
        {
            var mine = rows.Where(r => r["theme"] == theme).ToArray();
            Assert.Equal(cells, mine.Select(r => r["cell_id"]).Distinct().Count());
            Assert.Equal(findings.Group(theme).Events - findings.Group(theme).EventsOutsideGrid, mine.Sum(r => double.Parse(r["count"], System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(mine, r => Assert.InRange(int.Parse(r["band"], System.Globalization.CultureInfo.InvariantCulture), -3, 3));
            Assert.All(mine, r => Assert.Contains(r["class"], new[] { "no_pattern", "persistent_hotspot", "emerging_hotspot", "former_hotspot", "intermittent_hotspot", "persistent_coldspot", "emerging_coldspot", "former_coldspot", "intermittent_coldspot", "mixed_hot_and_coldspot" }));
            Assert.All(mine, r => Assert.Contains(r["change"], new[] { "not_hotspot", "new_hotspot", "continuing_hotspot", "ceased_hotspot" }));
        }
        var centre = rows.Single(r => r["theme"] == "Violence" && r["cell_id"] == "E602250N152250");
        Assert.Equal(("602375", "152375"), (centre["easting"], centre["northing"]));
        Assert.Equal("persistent_hotspot", centre["class"]);
    }

    [Fact]
    public void Write_TownFindings_ClusterRowsCarryTheLikeForLikeChange()
    {
        using var folder = new TemporaryDirectory();
        var findings = Analyse(SampleMonths);

        var rows = Rows(HotspotTables.Write(folder.Path, findings)[0]);

        var expected = findings.Groups.Sum(g => g.Dbscan.Clusters.Count + g.KMeans.Clusters.Count);
        Assert.Equal(expected, rows.Count);
        var first = findings.Group("Violence").Dbscan.Clusters[0];
        var row = rows.Single(r => r["theme"] == "Violence" && r["method"] == "dbscan" && r["cluster_id"] == "1");
        Assert.Equal(first.Summary.EventCount.ToString(System.Globalization.CultureInfo.InvariantCulture), row["count"]);
        Assert.Equal("On or near Market Street", row["top_location"]);
        Assert.Equal(first.MatchedCurrentEvents - first.MatchedComparisonEvents, double.Parse(row["change"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Jan–Apr 2025 vs Jan–Apr 2024", row["matched_months"]);
        Assert.Contains(rows, r => r["method"] == "kmeans");
        var hull = new NetTopologySuite.IO.WKTReader().Read(row["hull_wkt"]);
        Assert.Equal(first.Summary.Hull.ToLonLatGeometry().GeometryType, hull.GeometryType); // a line when the points are collinear
        Assert.True(hull.Buffer(1e-9).Covers(new NetTopologySuite.Geometries.Point(first.Summary.CentroidLonLat.Longitude, first.Summary.CentroidLonLat.Latitude)));
    }

    [Fact]
    public void Write_NoComparisonMonthsLoaded_LeavesTheChangeFieldsEmpty()
    {
        using var folder = new TemporaryDirectory();

        var paths = HotspotTables.Write(folder.Path, Analyse(SampleMonths.Where(m => m.Year == 2025).ToArray()));

        Assert.All(Rows(paths[0]), r => Assert.Equal(("", "", ""), (r["change"], r["percent_change"], r["matched_months"])));
        Assert.All(Rows(paths[1]), r => Assert.Equal("", r["change"]));
    }

    [Fact]
    public void Write_TownFindings_ConcentrationHasLsoaAndSnapPointRowsPerGroupWithEvents()
    {
        using var folder = new TemporaryDirectory();
        var findings = Analyse(SampleMonths);

        var rows = Rows(HotspotTables.Write(folder.Path, findings)[2]);

        Assert.Equal([(AnalysisGroup.AllCrimeName, "lsoa"), (AnalysisGroup.AllCrimeName, "snap_point"), ("Violence", "lsoa"), ("Violence", "snap_point")],
            rows.Select(r => (r["theme"], r["unit"])));
        var snap = rows.Single(r => r["theme"] == "Violence" && r["unit"] == "snap_point");
        Assert.Equal(findings.SnapPointUnits.ToString(System.Globalization.CultureInfo.InvariantCulture), snap["units"]);
    }

    [Fact]
    public void Write_GroupWithAKey_KeysEveryTableByItAndLabelsItByName()
    {
        using var folder = new TemporaryDirectory();
        var findings = Analyse(SampleMonths, KeyedViolence);

        // points_left_out.csv is per map point, not per group.
        var paths = HotspotTables.Write(folder.Path, findings).Where(p => Path.GetFileName(p) != "points_left_out.csv");

        foreach (var path in paths)
        {
            var rows = Rows(path).Where(r => r["theme"] != AnalysisGroup.AllCrimeName).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("night-time-economy", r["theme"]));
            Assert.All(rows, r => Assert.Equal("Night-time economy and violence", r["theme_label"]));
        }
    }

    /// <summary>
    /// A 4 km town with one violence record a month at each of 64 background points and a busy centre near
    /// (602400, 152400) in every loaded month.
    /// </summary>
    // The town's busy centre is one square among quiet ones: a hotspot by the normal approximation, which these tests use
    // unless they ask for the default (permutation on a sparse grid).
    private static HotspotFindings Analyse(IReadOnlyCollection<YearMonth> loaded, AnalysisGroup? violence = null, bool permutation = false)
    {
        var records = new List<SnapPointCount>();
        foreach (var month in loaded)
        {
            for (var i = 0; i < 8; i++)
                for (var j = 0; j < 8; j++)
                    records.Add(Record(600140 + 500 * i, 150160 + 500 * j, month, 1, $"On or near Road {i}{j}", $"E0100000{1 + (i + j) % 3}"));
            records.Add(Record(602400, 152400, month, 20, "On or near Market Street", "E01000001"));
            records.Add(Record(602460, 152430, month, 10, "On or near Market Street", "E01000001"));
        }
        var options = permutation ? new HotspotOptions() : new HotspotOptions { Permutation = new GiStarPermutationOptions { SparseMedianBelow = 0 } };
        return HotspotAnalysis.Run(new HotspotInput("Testtown", Period, loaded, records, [violence ?? Violence, Burglary]) { Options = options });
    }

    private static SnapPointCount Record(double easting, double northing, YearMonth month, long count, string location, string lsoa)
    {
        var p = BritishNationalGrid.ToLonLat(easting, northing);
        return new SnapPointCount(p.Longitude, p.Latitude, month, "Violence and sexual offences", location, lsoa, count);
    }

    // Quoted fields (the hull's WKT has commas) need a real CSV reader.
    private static List<Dictionary<string, string>> Rows(string path) => CsvRecords.ReadDictionaries(path);
}
