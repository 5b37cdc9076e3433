using Assessment.Core.Clustering;
using Assessment.Core.Spatial;
using Assessment.Core.Tests.Spatial;

namespace Assessment.Core.Tests.Clustering;

public sealed class SilhouetteTests
{
    // Reference: sklearn.metrics.silhouette_score on scipy cdist distances (metric="precomputed"), in make_fixtures.py.
    private const double Tolerance = 1e-9;

    public static TheoryData<string, int> FixtureFits() => KMeansEstimatorTests.FixtureFits();

    [Theory]
    [MemberData(nameof(FixtureFits))]
    public void Score_ScikitLearnLabelsUnweighted_MatchesSilhouetteScore(string name, int k)
    {
        var fixture = SpatialFixture.Case("kmeans.json", name);
        var fit = fixture.GetProperty("fits").EnumerateArray().Single(f => f.GetProperty("k").GetInt32() == k);
        var points = SpatialFixture.Points(fixture.GetProperty("points")).Select(p => new EventPoint(p.Easting, p.Northing)).ToArray();
        var score = Silhouette.Score(points, SpatialFixture.Ints(fit.GetProperty("labels")));
        Assert.Equal(fit.GetProperty("silhouette").GetDouble(), score, Tolerance);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Score_WeightedPoints_EqualsScikitLearnOnPointsRepeatedByWeight(int k)
    {
        var fixture = SpatialFixture.Case("kmeans.json", "weightedSnapPoints");
        var fit = fixture.GetProperty("fits").EnumerateArray().Single(f => f.GetProperty("k").GetInt32() == k);
        var score = Silhouette.Score(SpatialFixture.Points(fixture.GetProperty("points")), SpatialFixture.Ints(fit.GetProperty("labels")));
        Assert.Equal(fit.GetProperty("expandedSilhouette").GetDouble(), score, Tolerance);
    }

    [Fact]
    public void Samples_HandExample_MatchesDefinition()
    {
        // Cluster 0: x = 0 and 2; cluster 1: x = 10. Point 0: a = 2, b = 10 → 0.8. Point 1: a = 2, b = 8 → 0.75.
        // Point 2 is alone in its cluster → 0.
        var samples = Silhouette.Samples([new EventPoint(0, 0), new EventPoint(2, 0), new EventPoint(10, 0)], [0, 0, 1]);
        Assert.Equal([0.8, 0.75, 0.0], samples, new ToleranceComparer(1e-15));
    }

    [Fact]
    public void Samples_LoneEventOfWeightTwo_IsNotAlone()
    {
        // Two events share (10, 0): a = 0 for them, so s = 1.
        var samples = Silhouette.Samples([new EventPoint(0, 0), new EventPoint(2, 0), new EventPoint(10, 0, 2)], [0, 0, 1]);
        Assert.Equal(1.0, samples[2]);
    }

    [Fact]
    public void Score_OneCluster_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => Silhouette.Score([new EventPoint(0, 0), new EventPoint(1, 0)], [0, 0]));

    [Fact]
    public void Score_NoiseLabel_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => Silhouette.Score([new EventPoint(0, 0), new EventPoint(1, 0), new EventPoint(5, 0)], [0, -1, 1]));
}
