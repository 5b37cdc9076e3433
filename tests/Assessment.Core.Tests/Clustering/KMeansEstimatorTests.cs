using Assessment.Core.Clustering;
using Assessment.Core.Spatial;
using Assessment.Core.Tests.Spatial;

namespace Assessment.Core.Tests.Clustering;

public sealed class KMeansEstimatorTests
{
    public static TheoryData<string, int> FixtureFits()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in SpatialFixture.Load("kmeans.json").GetProperty("cases").EnumerateArray())
            foreach (var fit in c.GetProperty("fits").EnumerateArray())
                data.Add(c.GetProperty("name").GetString()!, fit.GetProperty("k").GetInt32());
        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureFits))]
    public void Fit_FixtureCase_InertiaAtMostOnePercentAboveScikitLearn(string name, int k)
    {
        // Reference: KMeans(n_clusters=k, n_init=10, random_state=0).fit(X, sample_weight=w).inertia_ in make_fixtures.py.
        // Lower is better and allowed: scikit-learn 1.2 seeds without weights, and on weightedSnapPoints k = 8 our weighted
        // seeding finds 313 037 704 m², 1.3 % below its 10-start best, which scikit-learn itself reaches with 100 starts.
        var fixture = SpatialFixture.Case("kmeans.json", name);
        var expected = fixture.GetProperty("fits").EnumerateArray().Single(f => f.GetProperty("k").GetInt32() == k).GetProperty("inertia").GetDouble();
        var points = SpatialFixture.Points(fixture.GetProperty("points"));
        var model = KMeansEstimator.Fit(points, new KMeansOptions(k));
        Assert.True(model.Inertia <= 1.01 * expected, $"inertia {model.Inertia:R}, scikit-learn {expected:R}");
        Assert.Equal(k, model.K);
        Assert.InRange(model.Iterations, 1, 300);
        // The reported inertia is what the centroids really achieve, so a low value cannot come from bookkeeping.
        var recomputed = points.Sum(p => p.Weight * model.Centroids.Min(c => (p.Easting - c.Easting) * (p.Easting - c.Easting) + (p.Northing - c.Northing) * (p.Northing - c.Northing)));
        Assert.Equal(recomputed, model.Inertia, recomputed * 1e-12);
    }

    [Fact]
    public void Fit_SeparatedBlobs_SamePartitionAsScikitLearn()
    {
        var fixture = SpatialFixture.Case("kmeans.json", "fourBlobs");
        var expected = SpatialFixture.Ints(fixture.GetProperty("fits").EnumerateArray().Single(f => f.GetProperty("k").GetInt32() == 4).GetProperty("labels"));
        var model = KMeansEstimator.Fit(SpatialFixture.Points(fixture.GetProperty("points")), new KMeansOptions(4));
        Assert.Equal(1.0, AdjustedRandIndex.Compute(expected, model.Labels.ToArray()), 1e-12);
    }

    [Fact]
    public void Fit_OneCluster_CentroidIsWeightedMeanAndInertiaIsWeightedSquares()
    {
        // Weighted mean of (0,0)×3 and (100,0)×1 is (25, 0); inertia = 3·25² + 1·75² = 7500.
        var model = KMeansEstimator.Fit([new EventPoint(0, 0, 3), new EventPoint(100, 0, 1)], new KMeansOptions(1));
        Assert.Equal(new GridCoordinate(25, 0), model.Centroids[0]);
        Assert.Equal(7_500, model.Inertia, 1e-9);
        Assert.Equal([4.0], model.ClusterWeights);
    }

    [Fact]
    public void Fit_WeightedPoint_ActsLikeRepeatedPoints()
    {
        var weighted = new[] { new EventPoint(0, 0, 3), new EventPoint(10, 0), new EventPoint(1_000, 0), new EventPoint(1_020, 0, 2) };
        var repeated = new[] { new EventPoint(0, 0), new EventPoint(0, 0), new EventPoint(0, 0), new EventPoint(10, 0), new EventPoint(1_000, 0), new EventPoint(1_020, 0), new EventPoint(1_020, 0) };
        var a = KMeansEstimator.Fit(weighted, new KMeansOptions(2));
        var b = KMeansEstimator.Fit(repeated, new KMeansOptions(2));
        Assert.Equal(b.Inertia, a.Inertia, 1e-9);
        Assert.Equal(b.Centroids.OrderBy(c => c.Easting), a.Centroids.OrderBy(c => c.Easting));
    }

    [Fact]
    public void Fit_SameSeed_SameModel()
    {
        var points = SpatialFixture.Points(SpatialFixture.Case("kmeans.json", "overlapping").GetProperty("points"));
        var a = KMeansEstimator.Fit(points, new KMeansOptions(6) { Seed = 3 });
        var b = KMeansEstimator.Fit(points, new KMeansOptions(6) { Seed = 3 });
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(a.Inertia, b.Inertia);
    }

    [Fact]
    public void Assign_NewPoint_GoesToNearestCentroid()
    {
        var model = KMeansEstimator.Fit([new EventPoint(0, 0), new EventPoint(10, 0), new EventPoint(1_000, 0), new EventPoint(1_010, 0)], new KMeansOptions(2));
        var east = model.Assign(new GridCoordinate(900, 50));
        Assert.Equal(1_005, model.Centroids[east].Easting);
        Assert.Equal(model.Labels[0], model.Assign(new EventPoint(-50, 0)));
    }

    [Fact]
    public void Fit_AllPointsOnOneSnapPoint_KOfTwoThrowsButKOfOneFits()
    {
        var points = Enumerable.Repeat(new EventPoint(615_000, 157_000, 2), 20).ToArray();
        var error = Assert.Throws<ArgumentException>(() => KMeansEstimator.Fit(points, new KMeansOptions(2)));
        Assert.Contains("distinct positions", error.Message);
        var model = KMeansEstimator.Fit(points, new KMeansOptions(1));
        Assert.Equal(0, model.Inertia);
        Assert.Equal(new GridCoordinate(615_000, 157_000), model.Centroids[0]);
    }

    [Fact]
    public void Fit_FewerPointsThanK_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => KMeansEstimator.Fit([new EventPoint(0, 0), new EventPoint(5, 5)], new KMeansOptions(3)));

    [Fact]
    public void Fit_NoPoints_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => KMeansEstimator.Fit([], new KMeansOptions(1)));

    [Fact]
    public void Options_ZeroClusters_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new KMeansOptions(0));

    [Fact]
    public void Fit_ExactlyKDistinctPositions_EachPositionIsItsOwnCluster()
    {
        var points = new[] { new EventPoint(0, 0), new EventPoint(0, 0), new EventPoint(500, 0), new EventPoint(0, 500, 4) };
        var model = KMeansEstimator.Fit(points, new KMeansOptions(3));
        Assert.Equal(0, model.Inertia);
        Assert.Equal(model.Labels[0], model.Labels[1]);
        Assert.Equal(3, model.Labels.Distinct().Count());
    }
}
