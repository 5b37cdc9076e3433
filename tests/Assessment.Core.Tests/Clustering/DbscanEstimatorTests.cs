using Assessment.Core.Clustering;
using Assessment.Core.Spatial;
using Assessment.Core.Tests.Spatial;

namespace Assessment.Core.Tests.Clustering;

public sealed class DbscanEstimatorTests
{
    [Theory]
    [InlineData("blobsUnweighted")]
    [InlineData("snapPointsWeighted")]
    [InlineData("sharedBorderPoint")]
    [InlineData("sharedBorderPointReversed")]
    [InlineData("largerFractionalWeights")]
    public void Fit_FixtureCase_LabelsIdenticalToScikitLearn(string name)
    {
        // Reference: DBSCAN(eps, min_samples, algorithm="kd_tree").fit(X, sample_weight=w) in make_fixtures.py. Labels are
        // compared exactly (numbering and border points included), which implies an adjusted Rand index of 1.
        var fixture = SpatialFixture.Case("dbscan.json", name);
        var model = DbscanEstimator.Fit(SpatialFixture.Points(fixture.GetProperty("points")), fixture.GetProperty("eps").GetDouble(), fixture.GetProperty("minPoints").GetDouble());
        Assert.Equal(SpatialFixture.Ints(fixture.GetProperty("labels")), model.Labels);
        Assert.Equal(SpatialFixture.Bools(fixture.GetProperty("core")), model.IsCore);
        Assert.Equal(fixture.GetProperty("clusters").GetInt32(), model.ClusterCount);
    }

    [Fact]
    public void Fit_BorderPointBetweenTwoClusters_JoinsClusterWithLowerFirstCore()
    {
        // Border point index 4 is within eps of a core of both clusters; the cluster listed first in the input wins.
        var fixture = SpatialFixture.Case("dbscan.json", "sharedBorderPoint");
        var model = DbscanEstimator.Fit(SpatialFixture.Points(fixture.GetProperty("points")), 95, 4);
        Assert.False(model.IsCore[4]);
        Assert.Equal(model.Labels[0], model.Labels[4]);
        Assert.NotEqual(model.Labels[5], model.Labels[4]);
    }

    [Fact]
    public void Fit_RandomDenseSnapPoints_MatchesPlainQuadraticDbscan()
    {
        var random = new Random(12);
        var places = Enumerable.Range(0, 400).Select(_ => (X: 615_000 + Gaussian(random) * (random.NextDouble() < 0.5 ? 60 : 400), Y: 157_000 + Gaussian(random) * 300)).ToArray();
        var points = Enumerable.Range(0, 3_000).Select(_ => places[random.Next(places.Length)]).Select(p => new EventPoint(Math.Round(p.X), Math.Round(p.Y), random.Next(1, 4))).ToArray();
        var expected = QuadraticDbscan(points, 80, 25);
        var model = DbscanEstimator.Fit(points, 80, 25);
        Assert.Equal(expected, model.Labels);
        Assert.True(model.ClusterCount > 1);
    }

    [Fact]
    public void Fit_NoPoints_NoClusters()
    {
        var model = DbscanEstimator.Fit([], 100, 5);
        Assert.Empty(model.Labels);
        Assert.Equal(0, model.ClusterCount);
    }

    [Fact]
    public void Fit_AllOnOneSnapPointWithEnoughWeight_OneClusterOfCores()
    {
        var model = DbscanEstimator.Fit(Enumerable.Repeat(new EventPoint(615_000, 157_000, 2), 10).ToArray(), 100, 20);
        Assert.All(model.Labels, l => Assert.Equal(0, l));
        Assert.All(model.IsCore, Assert.True);
    }

    [Fact]
    public void Fit_AllOnOneSnapPointWithTooLittleWeight_AllNoise()
    {
        var model = DbscanEstimator.Fit(Enumerable.Repeat(new EventPoint(615_000, 157_000, 1), 19).ToArray(), 100, 20);
        Assert.All(model.Labels, l => Assert.Equal(DbscanModel.Noise, l));
        Assert.Equal(0, model.ClusterCount);
    }

    [Fact]
    public void Fit_SinglePointHeavyEnough_IsItsOwnCluster()
    {
        var model = DbscanEstimator.Fit([new EventPoint(0, 0, 5), new EventPoint(500, 0, 1)], 100, 5);
        Assert.Equal([0, DbscanModel.Noise], model.Labels);
    }

    [Fact]
    public void Fit_PointsExactlyEpsApart_AreNeighbours()
    {
        // 0 and 100 are exactly eps apart (inclusive); 200.001 is just beyond eps of 100, so it is noise.
        var model = DbscanEstimator.Fit([new EventPoint(0, 0), new EventPoint(100, 0), new EventPoint(200.001, 0)], 100, 2);
        Assert.Equal([0, 0, DbscanModel.Noise], model.Labels);
        Assert.Equal([true, true, false], model.IsCore);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(double.NaN, 5)]
    [InlineData(100, 0)]
    public void Fit_BadParameters_Throw(double eps, double minPoints) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DbscanEstimator.Fit([new EventPoint(0, 0)], eps, minPoints));

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>scikit-learn's dbscan_inner, written plainly over an all-pairs neighbour list.</summary>
    private static int[] QuadraticDbscan(EventPoint[] points, double eps, double minPoints)
    {
        var n = points.Length;
        var neighbours = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            neighbours[i] = [];
            for (var j = 0; j < n; j++)
            {
                double dx = points[i].Easting - points[j].Easting, dy = points[i].Northing - points[j].Northing;
                if (dx * dx + dy * dy <= eps * eps) neighbours[i].Add(j);
            }
        }
        var core = neighbours.Select(list => list.Sum(j => points[j].Weight) >= minPoints).ToArray();
        var labels = Enumerable.Repeat(-1, n).ToArray();
        var label = 0;
        for (var start = 0; start < n; start++)
        {
            if (labels[start] != -1 || !core[start]) continue;
            var stack = new Stack<int>();
            var i = start;
            while (true)
            {
                if (labels[i] == -1)
                {
                    labels[i] = label;
                    if (core[i])
                        foreach (var v in neighbours[i])
                            if (labels[v] == -1) stack.Push(v);
                }
                if (stack.Count == 0) break;
                i = stack.Pop();
            }
            label++;
        }
        return labels;
    }
}
