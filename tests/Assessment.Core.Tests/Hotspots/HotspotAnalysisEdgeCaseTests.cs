using Assessment.Core.Hotspots;
using Assessment.Core.Model;
using Assessment.Core.Reporting.Sections;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>Inputs with nothing, or almost nothing, to analyse: every one must give a clear result, never an exception.</summary>
public sealed class HotspotAnalysisEdgeCaseTests
{
    private static readonly YearMonth March2025 = new(2025, 3);

    [Fact]
    public void Run_NoRecordsAndNoBoundary_EveryGroupSaysThereAreNoEvents()
    {
        var findings = HotspotAnalysis.Run(Input([], null, ViolenceGroup));

        Assert.Null(findings.Grid);
        Assert.Equal([AnalysisGroup.AllCrimeName, "Violence"], findings.Groups.Select(g => g.Group.Name));
        Assert.All(findings.Groups, g =>
        {
            Assert.False(g.HasEvents);
            Assert.Null(g.GiStar);
            Assert.Empty(g.Areas);
            Assert.Empty(g.Dbscan.Clusters);
            Assert.Equal(new ClusterGap(ClusterGapKind.NoEvents), g.Dbscan.Unavailable);
            Assert.StartsWith("No ", Assert.Single(HotspotNarrative.Describe(g, findings)), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Run_GroupWithNoEventsInTheAssessmentPeriod_GivesANoEventsResultBesideTheOthers()
    {
        var records = new[] { Record(601000, 151000, March2025, Shoplifting, 5), Record(601400, 151300, March2025, Shoplifting, 3) };

        var findings = HotspotAnalysis.Run(Input(records, null, ViolenceGroup));

        Assert.Equal(8, findings.Group(AnalysisGroup.AllCrimeName).Events);
        var violence = findings.Group("Violence");
        Assert.False(violence.HasEvents);
        Assert.Contains("No crimes of this group were recorded", HotspotNarrative.Describe(violence, findings)[0], StringComparison.Ordinal);
        Assert.Null(violence.LsoaConcentration);
    }

    [Fact]
    public void Run_EveryEventOnOneSnapPoint_NoClusterAndOneSentenceSayingWhy()
    {
        var records = Months2025.Select(m => Record(601000, 151000, m, Violence, 4)).ToArray();

        var findings = HotspotAnalysis.Run(Input(records));
        var all = findings.Groups.Single();

        Assert.Equal(48, all.Events);
        var gap = new ClusterGap(ClusterGapKind.TooFewPlacesToCluster, 1, MinimumPlaces: 5);
        Assert.Equal((gap, gap), (all.Dbscan.Unavailable, all.KMeans.Unavailable));
        Assert.Empty(all.Dbscan.Clusters);
        Assert.Empty(all.KMeans.Clusters);
        Assert.DoesNotContain(HotspotNote.KMeansNotRun, all.Notes);
        var sentences = HotspotNarrative.Describe(all, findings);
        Assert.Contains($"Clusters cannot be tested: the 48 {all.Group.RecordNoun} lie at 1 distinct map point, fewer than the 5 needed to tell a cluster from the few places where records happen to be, so no cluster is reported.", sentences);
        Assert.Single(sentences, s => s.Contains("cluster", StringComparison.Ordinal));
        // A single place spans no area, so there is no study area for Clark–Evans without a boundary.
        Assert.Null(all.ClarkEvans);
        Assert.Contains(HotspotNoteWording.ForGroup(all, findings), n => n.StartsWith("Clark–Evans needs a study area", StringComparison.Ordinal));
        // One square with events: hotspots cannot be tested, so none is written.
        Assert.Equal(1, all.SquaresWithEvents);
        Assert.Null(all.GiStar);
        Assert.Empty(all.Areas);
        Assert.Contains(HotspotNote.TooFewPlaces, all.Notes);
        Assert.Contains(HotspotNoteWording.ForGroup(all, findings), n => n.StartsWith("Hotspots cannot be tested: the 48 ", StringComparison.Ordinal) && n.Contains(" lie in 1 grid square, fewer than the 5 needed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Run_EventsInFewerSquaresThanTheMinimum_TestNoHotspot(int squares, bool tested)
    {
        // One map point in the middle of each of `squares` squares 1 km apart (zigzag, so their hull is an area), every month so that
        // the change and the quarters would have something to test.
        var records = Enumerable.Range(0, squares)
            .SelectMany(i => Months2025.Select(m => Record(600125 + 1000 * i, 150125 + 1000 * (i % 2), m, Violence, 1 + i)))
            .ToArray();

        var findings = HotspotAnalysis.Run(Input(records, Months2025));
        var all = findings.Groups.Single();

        Assert.Equal(squares, all.SquaresWithEvents);
        Assert.Equal(tested, all.GiStar is not null);
        Assert.Equal(!tested, all.Notes.Contains(HotspotNote.TooFewPlaces));
        Assert.Equal(tested, all.ClarkEvans is not null);
        if (!tested)
        {
            Assert.Empty(all.Areas);
            Assert.Empty(all.PeriodGiStars);
            Assert.Null(all.Classification);
        }
    }

    [Theory]
    [InlineData(1, 5, false)]
    [InlineData(2, 5, false)]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(6, 5, true)]
    [InlineData(3, 3, true)]
    [InlineData(2, 3, false)]
    public void Run_EventsAtFewerPlacesThanTheMinimum_ClusterNothing(int places, int minimum, bool clustered)
    {
        // Places 50 m apart in one row, each well inside DBSCAN's radius of its neighbour, so that with enough places they form one cluster.
        var records = Enumerable.Range(0, places).Select(i => Record(601000 + 50 * i, 151000, March2025, Violence, 20)).ToArray();

        var all = HotspotAnalysis.Run(Input(records) with { Options = new HotspotOptions { MinimumPlacesToCluster = minimum } }).Groups.Single();

        Assert.Equal(places * 20, all.Events);
        Assert.Equal(clustered, all.Dbscan.Unavailable is null);
        Assert.Equal(clustered, all.Dbscan.Clusters.Count > 0);
        if (!clustered)
        {
            var gap = new ClusterGap(ClusterGapKind.TooFewPlacesToCluster, places, MinimumPlaces: minimum);
            Assert.Equal((gap, gap), (all.Dbscan.Unavailable, all.KMeans.Unavailable));
            Assert.Empty(all.KMeans.Clusters);
        }
        else
        {
            Assert.NotEqual(ClusterGapKind.TooFewPlacesToCluster, all.KMeans.Unavailable?.Kind);
        }
    }

    [Fact]
    public void Run_MinimumPlacesToClusterBelowOne_IsRefused()
    {
        var input = Input([]) with { Options = new HotspotOptions { MinimumPlacesToCluster = 0 } };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HotspotAnalysis.Run(input));

        Assert.Equal(nameof(HotspotOptions.MinimumPlacesToCluster), error.ParamName);
    }

    [Fact]
    public void Run_TwoWardsWithOneName_CountsEachWardByItsCode()
    {
        var west = Rectangle(600000, 150000, 601000, 151000, ("WD25CD", "E05000002"), ("WD25NM", "Town"));
        var east = Rectangle(601000, 150000, 602000, 151000, ("WD25CD", "E05000001"), ("WD25NM", "Town"));
        var records = new[] { Record(600500, 150500, March2025, Violence, 7), Record(601500, 150500, March2025, Violence, 3) };

        var all = HotspotAnalysis.Run(Input(records) with { Boundaries = new HotspotBoundaries(null, null, [west, east]) }).Groups.Single();

        Assert.Equal([new WardCount("E05000001", "Town", 3), new WardCount("E05000002", "Town", 7)], all.WardCounts.OrderBy(w => w.Code, StringComparer.Ordinal));
    }

    [Fact]
    public void Run_MinimumSquaresBelowOne_IsRefused()
    {
        var input = Input([]) with { Options = new HotspotOptions { MinimumSquaresWithEvents = 0 } };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HotspotAnalysis.Run(input));

        Assert.Equal(nameof(HotspotOptions.MinimumSquaresWithEvents), error.ParamName);
    }

    [Fact]
    public void Run_FewerSnapPointsThanKMeansNeeds_ExplainsInsteadOfThrowing()
    {
        var records = new[] { Record(601000, 151000, March2025, Violence, 30), Record(602000, 152000, March2025, Violence, 30) };

        // A minimum of one place lets k-means reach its own limit, the silhouette's need for one more place than k.
        var findings = HotspotAnalysis.Run(Input(records) with { Options = new HotspotOptions { MinimumPlacesToCluster = 1 } });
        var all = findings.Groups.Single();

        Assert.Empty(all.KMeans.Clusters);
        Assert.Equal("the events are at 2 distinct map points, and choosing k from 2 by silhouette needs at least 3", HotspotWording.ClusterGapReason(all.KMeans.Unavailable!));
        Assert.Contains(HotspotNoteWording.ForGroup(all, findings), n => n.StartsWith("k-means clustering did not run because the events are at 2 distinct map points", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_PointsExactlyOnCellEdgesAndCorners_CountsEveryEventOnce()
    {
        // Multiples of 250 m: each point lies on a cell edge or corner, including the grid's far edges.
        var records = new List<SnapPointCount>();
        for (var i = 0; i <= 4; i++)
            for (var j = 0; j <= 4; j++)
                records.Add(Record(600000 + 250 * i, 150000 + 250 * j, March2025, Violence, 1 + i + j));

        var all = HotspotAnalysis.Run(Input(records)).Groups.Single();

        var expected = Enumerable.Range(0, 5).SelectMany(i => Enumerable.Range(0, 5).Select(j => 1.0 + i + j)).Sum();
        Assert.Equal(expected, all.Events);
        Assert.Equal(expected, all.GiStar!.Cells.Sum(c => c.Value) + all.EventsOutsideGrid);
        Assert.Equal(0, all.EventsOutsideGrid);
    }

    [Fact]
    public void Run_RecordsOutsideBothPeriodsOrAtZeroCoordinates_AreLeftOutAndTheZerosReported()
    {
        var records = new List<SnapPointCount>
        {
            Record(601000, 151000, March2025, Violence, 5),
            Record(601600, 151200, March2025, Violence, 5),
            Record(601100, 151900, March2025, Violence, 5),
            Record(603000, 153000, new YearMonth(2023, 6), Violence, 100),
            new(0, 0, March2025, Violence, null, null, 7),
        };

        var findings = HotspotAnalysis.Run(Input(records));

        Assert.Equal(15, findings.Groups.Single().Events);
        Assert.Equal(3, findings.SnapPointUnits);
        Assert.Equal(7, findings.RecordsAtZeroCoordinates);
        Assert.Contains(HotspotNoteWording.ForArea(findings), n => n.StartsWith("7 records with coordinates (0, 0)", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_TwoGroupsWhoseNamesGiveTheSameId_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => HotspotAnalysis.Run(Input([], null, new AnalysisGroup("Night-time economy", [Violence]), new AnalysisGroup("Night time economy", [Asb]))));

        Assert.Contains("night-time-economy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AGroupCoveringEveryType_IsNotJoinedByASecondAllCrimeGroup()
    {
        var findings = HotspotAnalysis.Run(Input([], null, new AnalysisGroup("Everything", null), ViolenceGroup));

        Assert.Equal(["Everything", "Violence"], findings.Groups.Select(g => g.Group.Name));
    }

    [Fact]
    public void Run_InvalidOptions_ThrowsNamingTheSetting()
    {
        var input = Input([]) with { Options = new HotspotOptions { DbscanEpsilonMetres = 0 } };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HotspotAnalysis.Run(input));

        Assert.Equal(nameof(HotspotOptions.DbscanEpsilonMetres), error.ParamName);
    }
}
