using Assessment.Core.Hotspots;
using Assessment.Core.Spatial;
using static Assessment.Core.Tests.Hotspots.HotspotTestData;

namespace Assessment.Core.Tests.Hotspots;

/// <summary>The hotspot analysis with its default options: on a sparse grid the bands come from the permutation test.</summary>
public sealed class HotspotPermutationScenarioTests
{
    [Fact]
    public void Run_BusyBlockOfNineSquares_IsAHotspotByThePermutationTest()
    {
        var records = Town(SampleLoadedMonths, _ => false);
        foreach (var month in SampleLoadedMonths)
            for (var i = 0; i < 3; i++)
                for (var j = 0; j < 3; j++)
                    records.Add(Record(602125 + 250 * i, 152125 + 250 * j, month, Violence, 10, "On or near Market Street"));

        var violence = HotspotAnalysis.Run(Input(records, null, ViolenceGroup) with { Options = new HotspotOptions() }).Group("Violence");

        var gi = violence.GiStar!;
        Assert.Equal(GiStarInference.Permutation, gi.Inference);
        Assert.True(gi.Grid.TryLocate(602375, 152375, out var centre));
        var cell = gi.Cells[centre];
        // No draw of 8 of the other squares matches the ring of eight busy ones, so p is the floor 1 / (cap + 1).
        Assert.Equal(1.0 / (new GiStarPermutationOptions().MaxPermutationsFor(gi.Cells.Count) + 1), cell.PSim);
        Assert.True(cell.IsHot());
        Assert.Contains(centre, violence.Areas[0].CellIndexes);
    }

    [Fact]
    public void Run_OneBusySquareAmongQuietOnes_HotByNormalApproximationButNotByPermutation()
    {
        // The permutation test holds a square's own count and asks whether its neighbours are unusual; the normal
        // approximation counts the square itself towards its neighbourhood, so one busy map point makes it "hot".
        var records = Town(SampleLoadedMonths, m => m.Year == 2025);
        var permutation = HotspotAnalysis.Run(Input(records, null, ViolenceGroup) with { Options = new HotspotOptions() }).Group("Violence").GiStar!;
        var normal = HotspotAnalysis.Run(Input(records, null, ViolenceGroup)).Group("Violence").GiStar!;

        Assert.True(permutation.Grid.TryLocate(602400, 152400, out var centre));
        Assert.Equal(GiStarInference.Permutation, permutation.Inference);
        Assert.Equal(GiStarInference.NormalApproximation, normal.Inference);
        Assert.True(normal.Cells[centre].IsHot());
        Assert.False(permutation.Cells[centre].IsHot());
        // Same statistic, different inference: z and the normal p are unchanged.
        Assert.Equal(normal.Cells[centre].ZScore, permutation.Cells[centre].ZScore);
    }
}
