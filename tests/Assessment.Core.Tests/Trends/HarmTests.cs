using Assessment.Core.Model;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.Trends;

public sealed class HarmTests
{
    [Fact]
    public void Table_RepeatedCategoryOrNegativeWeight_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HarmWeightTable("t", HarmWeightOrigin.UserFile, [new HarmWeight("Burglary", 1, "s"), new HarmWeight("burglary", 2, "s")]));
        Assert.Throws<ArgumentException>(() => new HarmWeightTable("t", HarmWeightOrigin.UserFile, [new HarmWeight("Burglary", -1, "s")]));
        Assert.Throws<ArgumentException>(() => new HarmWeightTable("t", HarmWeightOrigin.UserFile, []));
    }

    [Fact]
    public void Run_SmallTable_RanksByHarmAndByVolumeAsComputedByHand()
    {
        // One month each, 2024-12 (comparison) and 2025-01 (assessment), period of one month.
        // Assessment month: Robbery 5 × 10 = 50 days; Shoplifting 100 × 1 = 100 days; ASB 50, not weighted; Drugs 3, absent from the table.
        var previous = new YearMonth(2024, 12);
        var current = new YearMonth(2025, 1);
        var counts = new Dictionary<string, IReadOnlyDictionary<YearMonth, long>>
        {
            ["Robbery"] = new Dictionary<YearMonth, long> { [previous] = 4, [current] = 5 },
            ["Shoplifting"] = new Dictionary<YearMonth, long> { [previous] = 90, [current] = 100 },
            ["Anti-social behaviour"] = new Dictionary<YearMonth, long> { [previous] = 60, [current] = 50 },
            ["Drugs"] = new Dictionary<YearMonth, long> { [current] = 3 },
        };
        var table = new HarmWeightTable("test", HarmWeightOrigin.UserFile, [new HarmWeight("Robbery", 10, "a"), new HarmWeight("Shoplifting", 1, "b"), new HarmWeight("Anti-social behaviour", null, "c")]);
        var input = TrendInputs.Build(current, 1, [previous, current], counts) with { HarmWeights = table };

        var harm = TrendAnalysis.Run(input).Harm;

        Assert.Equal(["Shoplifting", "Robbery", "Anti-social behaviour", "Drugs"], harm.Categories.Select(c => c.Category));
        Assert.Equal([1, 2, null, null], harm.Categories.Select(c => c.HarmRank));
        Assert.Equal([1, 3, 2, 4], harm.Categories.Select(c => c.VolumeRank));
        Assert.Equal(150, harm.AssessmentPeriodHarm);
        Assert.Equal(130, harm.PreviousHarm);
        Assert.Equal(100.0 / 150, harm.ShareOf(harm.Categories[0]), 15);
        Assert.Equal(["b", "a", "c", null], harm.Categories.Select(c => c.Source));
        Assert.Equal(["Anti-social behaviour", "Drugs"], harm.Unweighted.Select(c => c.Category));
    }

    [Fact]
    public void CompetitionRanks_Ties_ShareTheBetterRank() =>
        Assert.Equal([3, 1, 1, 4], HarmAnalysis.CompetitionRanks([5, 7, 7, 1]));
}
