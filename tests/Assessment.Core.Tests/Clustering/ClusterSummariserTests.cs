using Assessment.Core.Clustering;
using Assessment.Core.Spatial;

namespace Assessment.Core.Tests.Clustering;

public sealed class ClusterSummariserTests
{
    private const double E = 615_000, N = 157_000;

    private static readonly EventPoint[] Points =
    [
        new(E, N, 3, "Shoplifting", "On or near High Street"),
        new(E + 100, N, 1, "Other theft", "On or near High Street"),
        new(E, N + 100, 2, "Shoplifting", "On or near Station Road"),
        new(E + 5_000, N + 5_000, 4, "Burglary", "On or near Mill Lane"),
        new(E + 9_000, N + 9_000, 2, "Drugs", "On or near Park"),
    ];

    private static readonly int[] Labels = [0, 0, 0, 1, DbscanModel.Noise];

    private static readonly EventPoint[] Previous =
    [
        new(E, N, 2),           // a vertex of cluster 0's triangle
        new(E + 50, N + 10, 1), // inside it
        new(E + 200, N + 200, 5),
        new(E + 5_000, N + 5_000, 1),
        new(E + 5_001, N + 5_000, 1),
    ];

    [Fact]
    public void Summarise_TwoClustersAndNoise_CountsSharesAndCentroids()
    {
        var summaries = ClusterSummariser.Summarise(Points, Labels);
        Assert.Equal([0, 1], summaries.Select(s => s.Cluster));
        var first = summaries[0];
        Assert.Equal((6.0, 3, 0.5), (first.EventCount, first.PointCount, first.ShareOfTotal));
        // Weighted mean: E + (100·1)/6, N + (100·2)/6.
        Assert.Equal(E + 100.0 / 6, first.Centroid.Easting, 1e-9);
        Assert.Equal(N + 200.0 / 6, first.Centroid.Northing, 1e-9);
        var back = BritishNationalGrid.ToGrid(first.CentroidLonLat);
        Assert.True(back.DistanceTo(first.Centroid) < 0.02);
        Assert.Equal(HullKind.Polygon, first.Hull.Kind);
        Assert.Equal(HullKind.Point, summaries[1].Hull.Kind);
        Assert.Equal(4.0 / 12, summaries[1].ShareOfTotal, 1e-15);
    }

    [Fact]
    public void Summarise_Tags_RankedByEventsThenText()
    {
        var first = ClusterSummariser.Summarise(Points, Labels)[0];
        Assert.Equal([new TagCount("On or near High Street", 4), new TagCount("On or near Station Road", 2)], first.TopLocations);
        Assert.Equal([new TagCount("Shoplifting", 5), new TagCount("Other theft", 1)], first.TopCrimeTypes);
        var tied = ClusterSummariser.Summarise([new EventPoint(0, 0, 1, "B"), new EventPoint(1, 1, 1, "A"), new EventPoint(2, 0, 1, "C"), new EventPoint(3, 3)], [0, 0, 0, 0],
            options: new ClusterSummaryOptions { TopCount = 2 })[0];
        Assert.Equal(["A", "B"], tied.TopCrimeTypes.Select(t => t.Tag));
        Assert.Empty(tied.TopLocations);
    }

    [Fact]
    public void Summarise_PreviousPeriod_CountsEventsInsideHull()
    {
        var summaries = ClusterSummariser.Summarise(Points, Labels, Previous);
        Assert.Equal((3.0, 3.0, 100.0), (summaries[0].PreviousEventCount, summaries[0].Change, summaries[0].PercentChange));
        // A one-place cluster compares the same snap point only: the point 1 m away is not counted.
        Assert.Equal((1.0, 3.0, 300.0), (summaries[1].PreviousEventCount, summaries[1].Change, summaries[1].PercentChange));
    }

    [Fact]
    public void Summarise_FootprintBuffer_WidensTheComparisonArea()
    {
        var summaries = ClusterSummariser.Summarise(Points, Labels, Previous, new ClusterSummaryOptions { FootprintBufferMetres = 5 });
        Assert.Equal(2, summaries[1].PreviousEventCount);
    }

    [Fact]
    public void Summarise_NothingBefore_PercentChangeIsNull()
    {
        var summary = ClusterSummariser.Summarise(Points, Labels, [])[0];
        Assert.Equal((0.0, 6.0), (summary.PreviousEventCount!.Value, summary.Change!.Value));
        Assert.Null(summary.PercentChange);
    }

    [Fact]
    public void Summarise_NoPreviousPeriod_ChangeColumnsAreNull()
    {
        var summary = ClusterSummariser.Summarise(Points, Labels)[0];
        Assert.Null(summary.PreviousEventCount);
        Assert.Null(summary.Change);
        Assert.Null(summary.PercentChange);
    }

    [Fact]
    public void Summarise_AllNoise_NoSummaries() =>
        Assert.Empty(ClusterSummariser.Summarise(Points, Enumerable.Repeat(DbscanModel.Noise, Points.Length).ToArray()));

    [Fact]
    public void Summarise_LabelCountMismatch_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => ClusterSummariser.Summarise(Points, [0, 1]));
}
