using Assessment.Core.Clustering;
using Assessment.Core.Spatial;
using Assessment.Core.Tests.Spatial;

namespace Assessment.Core.Tests.Clustering;

public sealed class KMeansSelectorTests
{
    [Fact]
    public void Select_FourBlobs_ChoosesSameKAsScikitLearnSilhouette()
    {
        var fixture = SpatialFixture.Case("kmeans.json", "fourBlobs");
        var selection = fixture.GetProperty("selection");
        var expectedBest = selection.GetProperty("bestK").GetInt32();
        var result = KMeansSelector.Select(SpatialFixture.Points(fixture.GetProperty("points")),
            new KMeansSelectionOptions { MinK = selection.GetProperty("minK").GetInt32(), MaxK = selection.GetProperty("maxK").GetInt32() });

        Assert.Equal(expectedBest, result.BestK);
        Assert.Equal(Enumerable.Range(2, 7), result.Candidates.Select(c => c.K));
        // Same partition as scikit-learn at the chosen k, so the same silhouette (1e-9).
        var expectedScore = selection.GetProperty("silhouettes").GetProperty(expectedBest.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDouble();
        Assert.Equal(expectedScore, result.Best.Silhouette, 1e-9);
        Assert.Equal(420, result.SampleSize);
    }

    [Fact]
    public void Select_FewDistinctPositions_ReducesMaxK()
    {
        var points = new[] { new EventPoint(0, 0, 5), new EventPoint(1_000, 0, 5), new EventPoint(0, 1_000, 5) };
        var result = KMeansSelector.Select(points);
        Assert.Equal([2], result.Candidates.Select(c => c.K));
    }

    [Fact]
    public void Select_TwoDistinctPositions_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => KMeansSelector.Select([new EventPoint(0, 0, 9), new EventPoint(100, 0, 9)]));

    [Fact]
    public void Select_MoreThanSampleSize_ComputesSilhouetteOnSample()
    {
        var points = SpatialFixture.Points(SpatialFixture.Case("kmeans.json", "fourBlobs").GetProperty("points"));
        var result = KMeansSelector.Select(points, new KMeansSelectionOptions { MaxK = 5, SilhouetteSampleSize = 150 });
        Assert.Equal(150, result.SampleSize);
        Assert.Equal(4, result.BestK);
    }

    [Fact]
    public void SampleIndices_LargeInput_DistinctSortedAndRepeatable()
    {
        var a = KMeansSelector.SampleIndices(10_000, 500, 7);
        Assert.Equal(500, a.Distinct().Count());
        Assert.Equal(a.Order(), a);
        Assert.Equal(a, KMeansSelector.SampleIndices(10_000, 500, 7));
        Assert.NotEqual(a, KMeansSelector.SampleIndices(10_000, 500, 8));
        Assert.Equal(Enumerable.Range(0, 40), KMeansSelector.SampleIndices(40, 500, 7));
    }
}
