using System.Globalization;
using Assessment.Core.Charts;
using Assessment.Core.Geography;
using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Spatial;
using Assessment.Files.Geography;
using Assessment.Storage.Analysis;
using Assessment.Storage.Store;
using Xunit.Abstractions;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>
/// The hotspot analysis on the real Canterbury sample read through the store, checked against counts made from the
/// CSV text: the sample has January–April 2024 and all of 2025, so change compares January–April and the
/// classification uses the four quarters of 2025.
/// </summary>
public sealed class HotspotSampleTests(HotspotSampleTests.SampleStore sample, ITestOutputHelper output) : IClassFixture<HotspotSampleTests.SampleStore>
{
    private const string Violence = "Night-time economy and violence";
    private const string Asb = "Disrupt anti-social behaviour";
    private static readonly string[] ViolenceTypes = ["Violence and sexual offences", "Public order"];
    private static readonly string[] AsbTypes = ["Anti-social behaviour", "Criminal damage and arson"];

    [Fact]
    public void Run_CanterburySample_EventTotalsAndUnitsMatchTheCsvText()
    {
        var findings = sample.Findings;
        var rows = sample.CsvRows;
        var in2025 = rows.Where(r => r[1].StartsWith("2025-", StringComparison.Ordinal)).ToArray();

        Assert.Equal(in2025.Length, findings.Group(AnalysisGroup.AllCrimeName).Events);
        Assert.Equal(in2025.Count(r => ViolenceTypes.Contains(r[9])), findings.Group(Violence).Events);
        Assert.Equal(in2025.Count(r => AsbTypes.Contains(r[9])), findings.Group(Asb).Events);
        Assert.Equal(rows.Select(r => (r[4], r[5])).Distinct().Count(), findings.SnapPointUnits);
        Assert.Equal(92, findings.LsoaUnits);
        output.WriteLine($"analysis of {sample.Records.Count:N0} grouped rows took {sample.AnalysisTime.TotalMilliseconds:N0} ms");
    }

    [Fact]
    public void Run_CanterburySample_ComparesJanuaryToAprilAndClassifiesTheQuartersOf2025()
    {
        var periods = sample.Findings.Periods;

        Assert.Equal("January 2025 to April 2025", periods.MatchedCurrent.Label);
        Assert.Equal("January 2024 to April 2024", periods.MatchedComparison.Label);
        Assert.Equal(4, periods.ClassificationPeriods.Count);
        var violence = sample.Findings.Group(Violence);
        Assert.NotNull(violence.Change);
        Assert.NotNull(violence.Classification);
        Assert.Contains(HotspotNarrative.Describe(violence, sample.Findings), s => s.Contains("(the only months loaded in both periods)", StringComparison.Ordinal));
        // The comparison window holds exactly the January–April 2024 rows of these types that fall in a cell of the clipped grid.
        var grid = sample.Findings.Grid!;
        var before = sample.CsvRows.Count(r => r[1] is "2024-01" or "2024-02" or "2024-03" or "2024-04" && ViolenceTypes.Contains(r[9]) && InGrid(grid, r));
        Assert.Equal(before, violence.Change!.ComparisonEvents);
    }

    [Theory]
    [InlineData(Violence)]
    [InlineData(Asb)]
    public void Run_CanterburySample_ViolenceAndAsbHaveHotspotsInNamedWardsAndMaps(string group)
    {
        var findings = sample.Findings;
        var result = findings.Group(group);
        var wardNames = sample.Wards.Select(w => w.Property("WD25NM")).ToHashSet();

        Assert.NotEmpty(result.Areas);
        Assert.Contains(result.Areas[0].Ward, wardNames);
        Assert.NotEmpty(result.Dbscan.Clusters);
        foreach (var s in HotspotNarrative.Describe(result, findings)) output.WriteLine(s);

        var spec = HotspotMap.Build(findings, result, new HotspotMapLayers(sample.Wards, new GeoJsonMapWriter()), "Map.");
        // The ink layers of the placed labels (each also has a white halo layer under it); cluster numbers are labels too.
        var labelled = spec["layer"]!.AsArray()
            .Where(l => (string?)l!["mark"]?["type"] == "text" && (string?)l["mark"]?["color"] != "#ffffff" && (string?)l["encoding"]?["text"]?["field"] == "label")
            .SelectMany(l => l!["data"]!["values"]!.AsArray().Select(r => (string?)r!["label"])).ToHashSet();
        Assert.Equal(wardNames, labelled.Where(wardNames.Contains).ToHashSet());
        Assert.Empty(ChoroplethMap.UnplacedLabels(spec));
    }

    private static bool InGrid(SquareGrid grid, string[] row)
    {
        var p = BritishNationalGrid.ToGrid(double.Parse(row[4], CultureInfo.InvariantCulture), double.Parse(row[5], CultureInfo.InvariantCulture));
        return grid.TryLocate(p.Easting, p.Northing, out _);
    }

    /// <summary>The sample loaded into an in-memory store once, with the area applied; the analysis runs on first use.</summary>
    public sealed class SampleStore : IDisposable
    {
        public static readonly AssessmentPeriod Period = new(new YearMonth(2025, 12), 12);
        private readonly Lazy<HotspotFindings> findings;

        public SampleStore()
        {
            Store = AssessmentStore.Open(":memory:");
            var files = IndependentCount.StreetFiles(Path.Combine(RepositoryPaths.DataSamples, "policeuk")).ToArray();
            StoreTestSupport.Ingest(Store, files);
            CsvRows = files.SelectMany(IndependentCount.Rows).Where(r => r[8].StartsWith("Canterbury ", StringComparison.Ordinal) && r[4].Length > 0).ToArray();
            AreaScope.Apply(Store, new LsoaNamePrefixArea("Canterbury", "Canterbury "));
            Records = EventPointQueries.Load(Store, new MonthRange(Period.Comparison.First, Period.Current.Last));
            Lsoas = BoundaryFile.Read(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-lsoa21.geojson"));
            Wards = BoundaryFile.Read(Path.Combine(RepositoryPaths.DataSamples, "boundaries", "canterbury-wards-2025.geojson"));
            var loaded = EventPointQueries.LoadedMonths(Store);
            findings = new Lazy<HotspotFindings>(() =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var result = HotspotAnalysis.Run(new HotspotInput("Canterbury", Period, loaded.ToArray(), Records,
                    [new AnalysisGroup(Violence, ViolenceTypes), new AnalysisGroup(Asb, AsbTypes)])
                {
                    Boundaries = HotspotBoundaries.FromLsoas(Lsoas, Wards),
                });
                AnalysisTime = clock.Elapsed;
                return result;
            });
        }

        public AssessmentStore Store { get; }

        /// <summary>In-area data rows of the sample CSV files, split on commas (police.uk files have no quoted fields).</summary>
        public IReadOnlyList<string[]> CsvRows { get; }

        public IReadOnlyList<SnapPointCount> Records { get; }

        public IReadOnlyList<BoundaryFeature> Lsoas { get; }

        public IReadOnlyList<BoundaryFeature> Wards { get; }

        public HotspotFindings Findings => findings.Value;

        public TimeSpan AnalysisTime { get; private set; }

        public void Dispose() => Store.Dispose();
    }
}
